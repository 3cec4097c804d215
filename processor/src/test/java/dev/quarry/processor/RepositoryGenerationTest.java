package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
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

    @Test
    void queryCollectionParameters() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("query"));
        sources.addAll(Compilers.input("query_collections"));
        Compilation compilation = Compilers.quarry().compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.UserLists_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_queryCollectionParameters",
                        "com.example.UserLists_Impl"));
    }

    @Test
    void projections() {
        Compilation compilation = Compilers.compileInput("projection");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.UserProjections_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_projections",
                        "com.example.UserProjections_Impl"));
    }

    @Test
    void loadOptions() {
        Compilation compilation = Compilers.compileInput("repository_load");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.library.AuthorRepository_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_loadOptions",
                        "com.example.library.AuthorRepository_Impl"));
    }

    @Test
    void loadWith() {
        Compilation compilation = Compilers.compileInput("repository_load_with");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.blog.data.UserRepository_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_loadWith",
                        "com.example.blog.data.UserRepository_Impl"));
    }

    @Test
    void upsertOnUniqueConstraints() {
        Compilation compilation = Compilers.compileInput("repository_upsert");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.accounts.AccountRepository_Impl")
                .hasSourceEquivalentTo(Compilers.golden("RepositoryGenerationTest_upsertOnUniqueConstraints",
                        "com.example.accounts.AccountRepository_Impl"));
    }

    @Test
    void injectableWhenJakartaInjectIsOnTheClassPath() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("repository"));
        sources.add(JavaFileObjects.forSourceString("jakarta.inject.Inject", """
                package jakarta.inject;

                public @interface Inject {
                }
                """));
        sources.add(JavaFileObjects.forSourceString("jakarta.inject.Singleton", """
                package jakarta.inject;

                public @interface Singleton {
                }
                """));
        Compilation compilation = Compilers.quarry().compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.UserRepository_Impl").contentsAsUtf8String()
                .contains("""
                        @Singleton
                        @Generated("dev.quarry.processor.QuarryProcessor")
                        public final class UserRepository_Impl extends AbstractCrudRepository<User, Long> \
                        implements UserRepository {""");
        assertThat(compilation).generatedSourceFile("com.example.UserRepository_Impl").contentsAsUtf8String()
                .contains("    @Inject\n    public UserRepository_Impl(Database database) {");
    }
}
