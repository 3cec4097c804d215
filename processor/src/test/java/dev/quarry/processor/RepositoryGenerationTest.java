package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests for repositories: the inputs under {@code inputs/<case>/} compile cleanly
 * (with {@code -Xlint:all -Werror}) and generate the sources under
 * {@code goldens/RepositoryGenerationTest_<method>/}.
 */
class RepositoryGenerationTest {

    @Test
    void everyKindOfDerivedQuery() {
        Compilation compilation = Compilers.compileInput("repository");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.UserRepository_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_everyKindOfDerivedQuery",
                        "com.example.UserRepository_Impl"));
    }

    @Test
    void queryMethods() {
        Compilation compilation = Compilers.compileInput("query");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.UserQueries_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_queryMethods",
                        "com.example.UserQueries_Impl"));
    }
}
