package dev.quarry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.quarry.processor.EntityValidationTest.source;

import com.google.testing.compile.Compilation;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.TableSchema;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The check constraint of each enum column in the generated {@code SCHEMA}: named
 * {@code <table>_<column>_check}, listing the enum's constants in declaration order.
 */
class EnumCheckTest {
    private static ClassLoader classes;

    @BeforeAll
    static void compile() {
        JavaFileObject size = source("Size",
                "public enum Size {",
                "    SMALL,",
                "    LARGE {",
                "        @Override",
                "        public String toString() {",
                "            return \"large\";",
                "        }",
                "    },",
                "    MEDIUM;",
                "",
                "    static final Size DEFAULT = SMALL;",
                "    final int rank = ordinal();",
                "}");
        JavaFileObject solo = source("Solo", "public enum Solo { ONLY }");
        JavaFileObject none = source("Nothing", "public enum Nothing { ; }");
        JavaFileObject shirt = source("Shirt",
                "@Entity",
                "public class Shirt {",
                "    @Id long id;",
                "    Size size;",
                "    String label;",
                "    @Nullable Solo solo;",
                "    @Column(name = \"Odd\\\"Name\") Size odd;",
                "    @Nullable Nothing nothing;",
                "}");
        JavaFileObject longNames = source("LongNames",
                "@Entity(table = \"a_table_name_long_enough_that_its_check_needs_shortening\")",
                "public record LongNames(@Id long id, Size theSizeOfTheGarmentInQuestion) {",
                "}");
        JavaFileObject plain = source("Plain", "@Entity", "public record Plain(@Id long id, String name) {", "}");

        Compilation compilation = Compilers.compile(size, solo, none, shirt, longNames, plain);
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
    }

    @Test
    void eachEnumColumnGetsACheckListingTheConstantsInDeclarationOrder() {
        assertThat(schema("com.example.Shirt_").checks()).containsExactly(
                new CheckSchema("shirt_size_check", "\"size\" IN ('SMALL', 'LARGE', 'MEDIUM')"),
                new CheckSchema("shirt_solo_check", "\"solo\" IN ('ONLY')"),
                new CheckSchema("shirt_Odd\"Name_check", "\"Odd\"\"Name\" IN ('SMALL', 'LARGE', 'MEDIUM')")).inOrder();
    }

    @Test
    void aNameLongerThanPostgresKeepsIsShortened() {
        TableSchema table = schema("com.example.LongNames_");

        assertThat(table.checks()).containsExactly(new CheckSchema(
                "a_table_name_long_enough_tha_the_size_of_the_garment_in_q_check",
                "\"the_size_of_the_garment_in_question\" IN ('SMALL', 'LARGE', 'MEDIUM')"));
        assertThat(table.checks().get(0).name()).hasLength(63);
    }

    @Test
    void aTableWithoutEnumColumnsHasNoChecks() {
        assertThat(schema("com.example.Plain_").checks()).isEmpty();
    }

    private static TableSchema schema(String metamodel) {
        try {
            return (TableSchema) classes.loadClass(metamodel).getField("SCHEMA").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
