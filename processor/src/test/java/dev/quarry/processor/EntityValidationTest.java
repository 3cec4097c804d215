package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.diagnostic.ErrorMessages;
import dev.quarry.processor.util.ValueKinds;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per entity error in {@link ErrorMessages}, each pinned to the file and line it is reported on. */
class EntityValidationTest {

    @Test
    void entityOnInterfaceEnumOrAbstractClass() {
        JavaFileObject thing = source("Thing", "@Entity", "public interface Thing {", "}");
        JavaFileObject color = source("Color", "@Entity", "public enum Color { RED }");
        JavaFileObject base = source("Base", "@Entity", "public abstract class Base {", "    @Id long id;", "}");
        Compilation compilation = Compilers.compile(thing, color, base);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.entityKind("Thing", "an interface"))
                .inFile(thing).onLineContaining("interface Thing");
        assertThat(compilation).hadErrorContaining(ErrorMessages.entityKind("Color", "an enum"))
                .inFile(color).onLineContaining("enum Color");
        assertThat(compilation).hadErrorContaining(ErrorMessages.entityKind("Base", "abstract"))
                .inFile(base).onLineContaining("class Base");
    }

    @Test
    void entityTheGeneratedCodeCannotReach() {
        JavaFileObject outer = source("Outer",
                "public class Outer {",
                "    @Entity class Inner { @Id long id; }",
                "    @Entity private static class Hidden { @Id long id; }",
                "}");
        Compilation compilation = Compilers.compile(outer);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.entityAccess("Inner", "a non-static inner class"))
                .inFile(outer).onLineContaining("class Inner");
        assertThat(compilation).hadErrorContaining(ErrorMessages.entityAccess("Hidden", "private"))
                .inFile(outer).onLineContaining("class Hidden");
    }

    @Test
    void noId() {
        JavaFileObject note = source("Note", "@Entity", "public class Note {", "    String text;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.noId("Note"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void unsupportedType() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    java.util.List<String> tags;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.unsupportedType("tags", "java.util.List", ValueKinds.SUPPORTED))
                .inFile(note).onLineContaining("tags;");
    }

    @Test
    void legacyTypeSuggestsItsReplacement() {
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(@Id long id, java.util.Date createdAt) {", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.replaceableType("createdAt", "java.util.Date", "java.time.Instant"))
                .inFile(note).onLineContaining("createdAt");
    }

    @Test
    void foreignKeyToANonEntity() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @ForeignKey(String.class) String owner;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.foreignKeyNotEntity("owner", "java.lang.String"))
                .inFile(note).onLineContaining("@ForeignKey(String.class)");
    }

    @Test
    void foreignKeyOfAnotherTypeThanTheTargetKey() {
        JavaFileObject author = source("Author", "@Entity", "public class Author {", "    @Id Long id;", "}");
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @ForeignKey(Author.class) String authorId;", "}");

        assertThat(Compilers.compile(author, note))
                .hadErrorContaining(ErrorMessages.foreignKeyTypeMismatch("authorId", "java.lang.String", "Author.id",
                        "java.lang.Long"))
                .inFile(note).onLineContaining("String authorId");
    }

    @Test
    void foreignKeyToACompositeKey() {
        JavaFileObject line = source("Line", "@Entity", "public record Line(@Id long orderId, @Id int no) {", "}");
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(@Id long id, @ForeignKey(Line.class) long lineId) {", "}");

        assertThat(Compilers.compile(line, note))
                .hadErrorContaining(ErrorMessages.foreignKeyTargetKey("lineId", "Line", 2))
                .inFile(note).onLineContaining("@ForeignKey(Line.class)");
    }

    @Test
    void twoColumnsWithTheSameName() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    String title;",
                "    @Column(name = \"TITLE\") String heading;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.duplicateColumn("TITLE", "heading", "title"))
                .inFile(note).onLineContaining("String heading");
    }

    @Test
    void noUsableConstructor() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    String text;",
                "    Note(String text) { this.text = text; }", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.noConstructor("Note", "long id, java.lang.String text"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void privateFieldWithoutGetter() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    private String text;",
                "    void setText(String text) { this.text = text; }", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.notReadable("text", "getText", "java.lang.String"))
                .inFile(note).onLineContaining("private String text");
    }

    @Test
    void fieldThatCannotBeAssigned() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    final String text = \"\";",
                "    private int size;", "    int getSize() { return size; }", "}");
        Compilation compilation = Compilers.compile(note);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.notWritable("text", "final", "setText", "java.lang.String"))
                .inFile(note).onLineContaining("final String text");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.notWritable("size", "private", "setSize", "int"))
                .inFile(note).onLineContaining("private int size");
    }

    @Test
    void generatedValueOnANonKeyColumn() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @GeneratedValue long counter;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.generatedNotId("counter"))
                .inFile(note).onLineContaining("long counter");
    }

    @Test
    void generatedValueOnANonIntegerKey() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id @GeneratedValue String code;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.generatedType("code", "java.lang.String"))
                .inFile(note).onLineContaining("String code");
    }

    @Test
    void generatedValueOnACompositeKey() {
        JavaFileObject line = source("Line",
                "@Entity", "public record Line(", "        @Id @GeneratedValue long orderId,", "        @Id int no) {", "}");

        assertThat(Compilers.compile(line))
                .hadErrorContaining(ErrorMessages.generatedComposite("orderId", "Line"))
                .inFile(line).onLineContaining("long orderId");
    }

    @Test
    void nullablePrimitive() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Nullable int stars;",
                "    @Column(nullable = true) double weight;", "}");
        Compilation compilation = Compilers.compile(note);

        assertThat(compilation).hadErrorContaining(ErrorMessages.nullablePrimitive("stars", "int", "Integer"))
                .inFile(note).onLineContaining("int stars");
        assertThat(compilation).hadErrorContaining(ErrorMessages.nullablePrimitive("weight", "double", "Double"))
                .inFile(note).onLineContaining("double weight");
    }

    @Test
    void lengthOnANonStringColumn() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Column(length = 10) int stars;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.lengthNotString("stars", "int"))
                .inFile(note).onLineContaining("int stars");
    }

    @Test
    void precisionOnANonDecimalColumn() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Column(precision = 5) double weight;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.precisionNotDecimal("weight", "double"))
                .inFile(note).onLineContaining("double weight");
    }

    @Test
    void scaleWithoutPrecision() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Column(scale = 2) BigDecimal price;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.scaleWithoutPrecision("price", 2))
                .inFile(note).onLineContaining("BigDecimal price");
    }

    @Test
    void negativeSize() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Column(length = -1) String text;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.negativeSize("length", -1, "text"))
                .inFile(note).onLineContaining("String text");
    }

    @Test
    void indexNamingAnUnknownProperty() {
        JavaFileObject note = source("Note",
                "@Entity", "@Index(columns = {\"id\", \"titel\"})", "public class Note {", "    @Id long id;",
                "    String title;", "    String body;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.indexUnknownProperty("Note", "titel", "title", "id, title, body"))
                .inFile(note).onLineContaining("@Index");
    }

    @Test
    void indexNamingAnUnknownPropertyAmongRepeatedIndexes() {
        // javac keeps repeated annotations in a synthesized container it cannot locate in the
        // source, so the error falls back to the class declaration

        JavaFileObject note = source("Note",
                "@Entity", "@Index(columns = \"title\")", "@Index(columns = \"bdy\", unique = true)", "public class Note {",
                "    @Id long id;", "    String title;", "    String body;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.indexUnknownProperty("Note", "bdy", "body", "id, title, body"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void indexWithoutColumns() {
        JavaFileObject note = source("Note",
                "@Entity", "@Index(columns = {})", "public class Note {", "    @Id long id;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.indexEmpty("Note"))
                .inFile(note).onLineContaining("@Index");
    }

    @Test
    void generatedTypeNameAlreadyTaken() {
        JavaFileObject note = source("Note", "@Entity", "public class Note {", "    @Id long id;", "}");
        JavaFileObject taken = source("Note_Mapper", "class Note_Mapper {", "}");

        assertThat(Compilers.compile(note, taken))
                .hadErrorContaining(ErrorMessages.typeNameTaken("com.example.Note_Mapper", "Note"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void propertyNamedLikeAGeneratedMember() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    String NOTE;", "    String SCHEMA;", "}");
        Compilation compilation = Compilers.compile(note);

        assertThat(compilation).hadErrorContaining(ErrorMessages.memberNameTaken("NOTE", "Note_.NOTE"))
                .inFile(note).onLineContaining("String NOTE");
        assertThat(compilation).hadErrorContaining(ErrorMessages.memberNameTaken("SCHEMA", "Note_.SCHEMA"))
                .inFile(note).onLineContaining("String SCHEMA");
    }

    @Test
    void tableConstantAlreadyTaken() {
        JavaFileObject schema = source("Schema", "@Entity", "public class Schema {", "    @Id long id;", "}");
        JavaFileObject note = source("Note", "@Entity", "public class Note {", "    @Id long id;", "}");
        JavaFileObject outer = source("Outer",
                "public class Outer {", "    @Entity public static class Note {", "        @Id long id;", "    }", "}");
        Compilation compilation = Compilers.compile(schema, note, outer);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.constantNameTaken("Schema", "SCHEMA", "the schema field Schema_.SCHEMA"))
                .inFile(schema).onLineContaining("class Schema");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.constantNameTaken("Note", "NOTE", "com.example.Note"))
                .inFile(outer).onLineContaining("class Note");
    }

    @Test
    void transientRecordComponent() {
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(@Id long id, @Transient String cache) {", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.transientComponent("cache"))
                .inFile(note).onLineContaining("String cache");
    }

    @Test
    void setNullOnANotNullForeignKey() {
        JavaFileObject author = source("Author", "@Entity", "public record Author(@Id long id) {", "}");
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(",
                "        @Id long id,",
                "        @ForeignKey(value = Author.class, onDelete = ReferentialAction.SET_NULL) long authorId) {",
                "}");

        assertThat(Compilers.compile(author, note))
                .hadErrorContaining(ErrorMessages.foreignKeySetNullOnNotNull("authorId"))
                .inFile(note).onLineContaining("SET_NULL");
    }

    @Test
    void moreThan64ServerDefaults() {
        List<String> lines = new ArrayList<>(List.of("@Entity", "public class Wide {", "    @Id long id;"));
        for (int i = 0; i < 65; i++) {
            lines.add("    @Column(serverDefault = \"0\") Integer c" + i + ";");
        }
        lines.add("}");
        JavaFileObject wide = source("Wide", lines.toArray(new String[0]));

        assertThat(Compilers.compile(wide)).hadErrorContaining(ErrorMessages.tooManyServerDefaults("Wide", 65))
                .inFile(wide).onLineContaining("class Wide");
    }

    @Test
    void unresolvedTypeIsReportedAtTheEnd() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    Missing thing;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.unresolvedType("com.example.Note", "Missing"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void genericEntity() {
        JavaFileObject box = source("Box", "@Entity", "public class Box<T> {", "    @Id long id;", "}");

        assertThat(Compilers.compile(box)).hadErrorContaining(ErrorMessages.genericEntity("Box"))
                .inFile(box).onLineContaining("class Box");
    }

    @Test
    void nullableId() {
        JavaFileObject note = source("Note", "@Entity", "public class Note {", "    @Id @Nullable Long id;", "}");

        assertThat(Compilers.compile(note)).hadErrorContaining(ErrorMessages.nullableId("id"))
                .inFile(note).onLineContaining("Long id");
    }

    @Test
    void allErrorsOfATypeAreReportedAndOtherTypesStillGenerate() {
        // Fine_ is generated: UsesFine compiles (else "cannot find symbol" would be a third error)
        JavaFileObject broken = source("Broken",
                "@Entity", "public class Broken {", "    @Id long id;", "    java.util.Date when;",
                "    @Column(length = 3) int size;", "}");
        JavaFileObject fine = source("Fine", "@Entity", "public class Fine {", "    @Id long id;", "}");
        JavaFileObject usesFine = source("UsesFine", "class UsesFine {", "    Object table = Fine_.FINE;", "}");
        Compilation compilation = Compilers.compile(broken, fine, usesFine);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("[QRY-E005]").inFile(broken).onLineContaining("Date when");
        assertThat(compilation).hadErrorContaining("[QRY-E017]").inFile(broken).onLineContaining("int size");
    }

    @Test
    void versionOfAnUnsupportedType() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Version String revision;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.versionType("revision", "java.lang.String"))
                .inFile(note).onLineContaining("String revision");
    }

    @Test
    void versionOnTheKey() {
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(", "        @Id @Version long id,", "        String text) {", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.versionOnId("id", "Note"))
                .inFile(note).onLineContaining("long id");
    }

    @Test
    void twoVersionColumns() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Version int version;",
                "    @Version Long revision;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.versionTwice("Note", "revision", "version"))
                .inFile(note).onLineContaining("Long revision");
    }

    @Test
    void versionColumnInTheSchema() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Version Integer version;", "}");
        Compilation compilation = Compilers.compile(note);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.Note_").contentsAsUtf8String()
                .contains("new ColumnSchema(\"version\", \"version\", ValueType.INT, 0, 0, 0, false, false, \"0\")),");
        assertThat(compilation).generatedSourceFile("com.example.Note_").contentsAsUtf8String()
                .contains("List.of(),\n            \"version\");");
    }

    @Test
    void timestampOfTheWrongType() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @CreatedAt String created;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.timestampType("@CreatedAt", "created", "java.lang.String"))
                .inFile(note).onLineContaining("String created");
    }

    @Test
    void timestampOnTheKey() {
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(", "        @Id @UpdatedAt java.time.Instant id,", "        String text) {",
                "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.timestampOnId("@UpdatedAt", "id", "Note"))
                .inFile(note).onLineContaining("Instant id");
    }

    @Test
    void twoTimestampColumnsOfOneKind() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @UpdatedAt java.time.Instant changed;",
                "    @UpdatedAt java.time.LocalDateTime touched;", "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.timestampTwice("@UpdatedAt", "Note", "touched", "changed"))
                .inFile(note).onLineContaining("LocalDateTime touched");
    }

    @Test
    void createdAndUpdatedOnOneColumn() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @CreatedAt @UpdatedAt java.time.Instant stamp;",
                "}");

        assertThat(Compilers.compile(note))
                .hadErrorContaining(ErrorMessages.timestampBoth("stamp"))
                .inFile(note).onLineContaining("Instant stamp");
    }

    @Test
    void timestampColumnsInTheSchema() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @CreatedAt java.time.Instant createdAt;",
                "    @UpdatedAt java.time.OffsetDateTime updatedAt;", "}");
        Compilation compilation = Compilers.compile(note);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.Note_").contentsAsUtf8String()
                .contains("List.of(),\n            null,\n            \"created_at\",\n            \"updated_at\");");
    }

    /** A source in package {@code com.example} importing Quarry's annotations and {@code BigDecimal}. */
    static JavaFileObject source(String simpleName, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.example;",
                "",
                "import dev.quarry.annotation.*;",
                "import java.math.BigDecimal;",
                ""));
        lines.addAll(List.of(body));
        return JavaFileObjects.forSourceLines("com.example." + simpleName, lines);
    }
}
