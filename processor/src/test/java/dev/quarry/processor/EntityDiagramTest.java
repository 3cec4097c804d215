package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.RelationValidationTest.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The {@code entities.mmd} diagram beyond the golden files: names Mermaid cannot show as they
 * are, and links drawn from foreign keys alone.
 */
class EntityDiagramTest {

    @Test
    void namesMermaidCannotShowAsTheyAreAreReplacedAndKeptInTheComment() {
        JavaFileObject item = source("Item",
                "@Entity(table = \"app.items\")", "public class Item {",
                "    @Id @Column(name = \"pk\") long id;",
                "    @Column(name = \"1st-choice\") String first;",
                "    @Column(serverDefault = \"'none'\") String note;", "}");

        assertDiagram(Compilers.compile(item), "com.example", """
                erDiagram
                    "app.items" {
                        LONG pk_ PK "column pk"
                        STRING _1st_choice "column 1st-choice"
                        STRING note "default 'none'"
                    }
                """);
    }

    @Test
    void foreignKeysWithoutRelationshipsAreLinkedByColumn() {
        JavaFileObject user = source("User", "@Entity", "public record User(@Id long id) {", "}");
        JavaFileObject account = source("Account",
                "@Entity", "public record Account(", "        @Id long id,",
                "        @ForeignKey(User.class) @Column(unique = true) long ownerId,",
                "        @Nullable @ForeignKey(User.class) Long sponsorId) {", "}");

        assertDiagram(Compilers.compile(user, account), "com.example", """
                erDiagram
                    "account" {
                        LONG id PK
                        LONG owner_id FK, UK
                        LONG sponsor_id FK "nullable"
                    }
                    "user" {
                        LONG id PK
                    }
                    "user" ||--o| "account" : "owner_id"
                    "user" |o--o{ "account" : "sponsor_id"
                """);
    }

    private static void assertDiagram(Compilation compilation, String packageName, String expected) {
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, packageName, "entities.mmd")
                .contentsAsUtf8String()
                .isEqualTo(expected);
    }
}
