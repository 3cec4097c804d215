package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.EntityValidationTest.source;

import com.google.testing.compile.Compilation;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Quarry's warnings, pinned to their lines; {@code @SuppressWarnings("quarry")} silences them. */
class WarningsTest {

    @Test
    void serverDefaultOnAPrimitiveNeverApplies() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;", "    @Column(serverDefault = \"0\") int stars;", "}");

        assertThat(Compilers.compile(note))
                .hadWarningContaining(ErrorMessages.serverDefaultOnPrimitive("stars", "int", "Integer"))
                .inFile(note).onLineContaining("int stars");
    }

    @Test
    void indexOnAUniqueColumnIsRedundant() {
        JavaFileObject note = source("Note",
                "@Entity", "public class Note {", "    @Id long id;",
                "    @Column(unique = true, index = true) String slug;", "}");

        assertThat(Compilers.compile(note)).hadWarningContaining(ErrorMessages.uniqueAndIndex("slug"))
                .inFile(note).onLineContaining("String slug");
    }

    @Test
    void inheritedFieldsAreNotColumns() {
        JavaFileObject base = source("Base", "public class Base {", "    String createdBy;", "}");
        JavaFileObject note = source("Note", "@Entity", "public class Note extends Base {", "    @Id long id;", "}");

        assertThat(Compilers.compile(base, note))
                .hadWarningContaining(ErrorMessages.inheritedField("Note", "createdBy", "Base"))
                .inFile(note).onLineContaining("class Note");
    }

    @Test
    void suppressWarningsQuarrySilencesThem() {
        JavaFileObject base = source("Base", "public class Base {", "    String createdBy;", "}");
        JavaFileObject note = source("Note",
                "@Entity",
                "@SuppressWarnings(\"quarry\")",
                "public class Note extends Base {",
                "    @Id long id;",
                "    @Column(serverDefault = \"0\") int stars;",
                "    @Column(unique = true, index = true) String slug;",
                "}");

        assertThat(Compilers.compile(base, note)).succeededWithoutWarnings();
    }

    @Test
    void noWarningsForEveryInputCompiledTogether() {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String input : List.of("user", "enums", "server_defaults", "tables", "blog")) {
            sources.addAll(Compilers.input(input));
        }
        Compilation compilation = Compilers.quarry().compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
