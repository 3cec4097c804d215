package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.EntityValidationTest.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Entities whose names or shapes could trip the generated code; all compile without warnings. */
class EdgeCasesTest {

    @Test
    void namesThatClashWithGeneratedOrImportedNames() {
        JavaFileObject generated = source("Generated", "public enum Generated { YES, NO }");
        JavaFileObject list = source("List", "public enum List { A, B }");
        JavaFileObject column = source("Column",
                "@Entity",
                "public record Column(",
                "        @Id @GeneratedValue long entity,",
                "        String row,",
                "        @dev.quarry.annotation.Column(serverDefault = \"0\") Integer index,",
                "        String alias,",
                "        int first,",
                "        String params,",
                "        Long omitted,",
                "        Generated kind,",
                "        List list) {",
                "}");
        JavaFileObject key = source("Key", "@Entity", "public record Key(@Id long a, @Id long b) {", "}");
        JavaFileObject usage = source("Usage",
                "class Usage {",
                "    Object a = Column_.COLUMN.index.gt(1);",
                "    Object b = Key_.KEY.mapper().key(new Key(1, 2));",
                "    Key_.Key c = new Key_.Key(1, 2);",
                "}");

        assertThat(Compilers.compile(generated, list, column, key, usage)).succeededWithoutWarnings();
    }

    @Test
    void deprecatedEntityAndColumnTypes() {
        JavaFileObject mood = source("Mood", "@Deprecated(forRemoval = true)", "public enum Mood { CALM }");
        JavaFileObject legacy = source("Legacy",
                "@Deprecated",
                "@SuppressWarnings(\"removal\")",
                "@Entity",
                "public class Legacy {",
                "    @Id long id;",
                "    Mood mood;",
                "}");

        assertThat(Compilers.compile(mood, legacy)).succeededWithoutWarnings();
    }

    @Test
    void finalFieldsUseTheAllColumnsConstructorEvenWithANoArgConstructor() {
        JavaFileObject point = source("Point",
                "@Entity",
                "public class Point {",
                "    @Id final long id;",
                "    final int x;",
                "    Point() { this(0, 0); }",
                "    Point(long id, int x) { this.id = id; this.x = x; }",
                "}");
        Compilation compilation = Compilers.compile(point);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.Point_Mapper")
                .contentsAsUtf8String().contains("return new Point(");
    }

    @Test
    void entityInTheUnnamedPackage() {
        JavaFileObject thing = JavaFileObjects.forSourceLines("Thing",
                "@dev.quarry.annotation.Entity",
                "public record Thing(@dev.quarry.annotation.Id String code) {",
                "}");
        Compilation compilation = Compilers.compile(thing);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("Tables").contentsAsUtf8String().contains("List.of(THING)");
    }
}
