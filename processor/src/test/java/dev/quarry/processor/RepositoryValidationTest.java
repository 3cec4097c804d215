package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per repository error in {@link ErrorMessages}, each pinned to the line it is reported on. */
class RepositoryValidationTest {
    private static final List<String> USER_PROPERTIES = List.of("id", "name", "email", "bio", "age", "createdAt",
            "status");

    /** A second entity, for load options of the wrong entity. */
    private static final JavaFileObject POST = JavaFileObjects.forSourceString("com.example.Post", """
            package com.example;

            import dev.quarry.annotation.Entity;
            import dev.quarry.annotation.GeneratedValue;
            import dev.quarry.annotation.Id;

            @Entity(table = "posts")
            public record Post(@Id @GeneratedValue long id, String title) {
            }
            """);

    /** The "user" input's entity (and {@code extra} sources) plus a repository whose body is {@code members}. */
    private static Compilation compileRepository(String members, JavaFileObject... extra) {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("user"));
        sources.addAll(List.of(extra));
        sources.add(JavaFileObjects.forSourceString("com.example.UserRepository", """
                package com.example;

                import dev.quarry.annotation.Repository;
                import dev.quarry.repository.CrudRepository;
                import dev.quarry.repository.Page;
                import dev.quarry.repository.PageRequest;
                import java.util.List;
                import java.util.Optional;
                import java.util.Set;

                @Repository
                public interface UserRepository extends CrudRepository<User, Long> {
                """ + members + "\n}\n"));
        return Compilers.quarry().compile(sources);
    }

    @Test
    void misspelledPropertySuggestsTheClosestOne() {
        Compilation compilation = compileRepository("    Optional<User> findByEmial(String email);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no property 'emial' on User; did you mean 'email'?")
                .inFile(compilation.sourceFiles().get(compilation.sourceFiles().size() - 1)).onLine(13);
        assertThat(compilation).hadErrorContaining(
                ErrorMessages.unknownProperty("findByEmial", "emial", "User", "email", USER_PROPERTIES));
    }

    @Test
    void unknownPropertyWithoutCloseMatchListsTheProperties() {
        assertThat(compileRepository("    List<User> findByNickname(String nickname);")).hadErrorContaining(
                ErrorMessages.unknownProperty("findByNickname", "nickname", "User", null, USER_PROPERTIES));
    }

    @Test
    void misspelledOrderByProperty() {
        assertThat(compileRepository("    List<User> findByAgeOrderByNmeAsc(int age);")).hadErrorContaining(
                ErrorMessages.unknownProperty("findByAgeOrderByNmeAsc", "nme", "User", "name", USER_PROPERTIES));
    }

    @Test
    void unsupportedReturnType() {
        assertThat(compileRepository("    Set<User> findByName(String name);")).hadErrorContaining(
                ErrorMessages.unsupportedReturnType("findByName", "java.util.Set<com.example.User>",
                        "User, Optional<User>, List<User>, Stream<User>, Page<User> or Slice<User>, or the same of a"
                                + " record whose components are properties of User"))
                .inFile(lastSource(compileRepository("    Set<User> findByName(String name);"))).onLine(13);
        assertThat(compileRepository("    String countByName(String name);")).hadErrorContaining(
                ErrorMessages.unsupportedReturnType("countByName", "java.lang.String", "long or int"));
    }

    @Test
    void wrongParameterCount() {
        assertThat(compileRepository("    List<User> findByNameAndAge(String name);")).hadErrorContaining(
                ErrorMessages.wrongParameterCount("findByNameAndAge", 2, 1,
                        "java.lang.String (name), int (age)"));
        assertThat(compileRepository("    List<User> findByBioIsNull(String bio);")).hadErrorContaining(
                ErrorMessages.wrongParameterCount("findByBioIsNull", 0, 1, "none"));
    }

    @Test
    void wrongParameterType() {
        Compilation compilation = compileRepository("    List<User> findByAgeGreaterThan(long age);");
        assertThat(compilation).hadErrorContaining(
                ErrorMessages.wrongParameterType("findByAgeGreaterThan", "age", "long", "age", "int"))
                .inFile(lastSource(compilation)).onLine(13);
        assertThat(compileRepository("    List<User> findByStatusIn(List<String> statuses);")).hadErrorContaining(
                ErrorMessages.wrongParameterType("findByStatusIn", "statuses", "java.util.List<java.lang.String>",
                        "status", "java.util.Collection<com.example.Status>"));
    }

    @Test
    void textOperatorOnANumber() {
        assertThat(compileRepository("    List<User> findByAgeContaining(int age);")).hadErrorContaining(
                ErrorMessages.operatorNeedsType("findByAgeContaining", "age", "Containing", "int", "String"));
    }

    @Test
    void ignoreCaseWithAPatternOperator() {
        Compilation compilation = compileRepository("    List<User> findByNameContainingIgnoreCase(String part);");

        assertThat(compilation).hadErrorContaining(
                ErrorMessages.ignoreCaseOperator("findByNameContainingIgnoreCase", "name", "Containing"))
                .inFile(lastSource(compilation)).onLine(13);
    }

    @Test
    void ignoreCaseWithEqualityCompiles() {
        assertThat(compileRepository("""
                    Optional<User> findByEmailIgnoreCase(String email);
                    List<User> findByNameNotIgnoreCaseAndNameBetweenIgnoreCase(String not, String low, String high);
                """)).succeededWithoutWarnings();
    }

    @Test
    void notADerivedQuery() {
        assertThat(compileRepository("    List<User> adults();")).hadErrorContaining(
                ErrorMessages.notDerivedQuery("adults"));
    }

    @Test
    void deleteWithOrder() {
        assertThat(compileRepository("    int deleteTop3ByAge(int age);")).hadErrorContaining(
                ErrorMessages.deleteWithOrder("deleteTop3ByAge"));
    }

    @Test
    void pageWithoutPageRequest() {
        assertThat(compileRepository("    Page<User> findByAge(int age);")).hadErrorContaining(
                ErrorMessages.pagedQueryNeedsRequest("findByAge", "dev.quarry.repository.Page<com.example.User>"));
    }

    @Test
    void orderByWithoutAProperty() {
        Compilation compilation = compileRepository("    List<User> findByAgeOrderBy(int age);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.emptyOrderBy("findByAgeOrderBy"))
                .inFile(lastSource(compilation)).onLineContaining("findByAgeOrderBy(");
    }

    @Test
    void criterionMissingAfterATrailingAnd() {
        Compilation compilation = compileRepository("    List<User> findByNameAnd(String name);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.emptyCriteria("findByNameAnd"))
                .inFile(lastSource(compilation)).onLineContaining("findByNameAnd(");
        assertThat(compileRepository("    List<User> findByNameOr(String name);")).hadErrorContaining(
                ErrorMessages.emptyCriteria("findByNameOr"));
    }

    @Test
    void limitOfZeroRows() {
        Compilation compilation = compileRepository("    List<User> findTop0ByAge(int age);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.badLimit("findTop0ByAge", "0"))
                .inFile(lastSource(compilation)).onLineContaining("findTop0ByAge(");
    }

    @Test
    void ignoreCaseOnANumber() {
        Compilation compilation = compileRepository("    List<User> findByAgeIgnoreCase(int age);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.ignoreCaseOnText("findByAgeIgnoreCase", "age", "int"))
                .inFile(lastSource(compilation)).onLineContaining("findByAgeIgnoreCase(");
    }

    @Test
    void repositoryTheGeneratedCodeCannotImplement() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("user"));
        JavaFileObject outer = JavaFileObjects.forSourceString("com.example.Outer", """
                package com.example;

                import dev.quarry.annotation.Repository;
                import dev.quarry.repository.CrudRepository;

                public class Outer {
                    @Repository
                    private interface Hidden extends CrudRepository<User, Long> {
                    }

                    @Repository
                    interface Typed<T> extends CrudRepository<User, Long> {
                    }
                }
                """);
        sources.add(outer);
        Compilation compilation = Compilers.quarry().compile(sources);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.repositoryAccess("com.example.Outer.Hidden", "private"))
                .inFile(outer).onLineContaining("interface Hidden");
        assertThat(compilation).hadErrorContaining(ErrorMessages.repositoryAccess("com.example.Outer.Typed", "generic"))
                .inFile(outer).onLineContaining("interface Typed");
    }

    @Test
    void repositoryOfAnEntityWithAnUnresolvedType() {
        JavaFileObject customer = JavaFileObjects.forSourceString("com.example.Customer", """
                package com.example;

                import dev.quarry.annotation.Entity;
                import dev.quarry.annotation.Id;

                @Entity
                public record Customer(@Id long id, String name, Tier tier) {
                }
                """);
        JavaFileObject repository = JavaFileObjects.forSourceString("com.example.CustomerRepository", """
                package com.example;

                @dev.quarry.annotation.Repository
                public interface CustomerRepository extends dev.quarry.repository.CrudRepository<Customer, Long> {
                }
                """);
        Compilation compilation = Compilers.compile(customer, repository);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.repositoryUnresolved("com.example.CustomerRepository",
                "Tier")).inFile(repository).onLineContaining("interface CustomerRepository");
    }

    @Test
    void repositoryForANonEntity() {
        Compilation compilation = Compilers.compile(JavaFileObjects.forSourceString("com.example.Repo", """
                package com.example;

                @dev.quarry.annotation.Repository
                public interface Repo extends dev.quarry.repository.CrudRepository<String, Long> {
                }
                """));
        assertThat(compilation).hadErrorContaining(ErrorMessages.repositoryNotEntity("com.example.Repo",
                "java.lang.String")).inFile(lastSource(compilation)).onLine(4);
    }

    @Test
    void keyTypeMismatch() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("user"));
        sources.add(JavaFileObjects.forSourceString("com.example.Repo", """
                package com.example;

                @dev.quarry.annotation.Repository
                public interface Repo extends dev.quarry.repository.ReadRepository<User, String> {
                }
                """));
        assertThat(Compilers.quarry().compile(sources)).hadErrorContaining(
                ErrorMessages.repositoryKeyMismatch("com.example.Repo", "java.lang.String", "User", "java.lang.Long"));
    }

    @Test
    void notAnInterfaceOrNoBase() {
        assertThat(Compilers.compile(JavaFileObjects.forSourceString("com.example.Repo", """
                package com.example;

                @dev.quarry.annotation.Repository
                public abstract class Repo {
                }
                """))).hadErrorContaining(ErrorMessages.repositoryNotInterface("com.example.Repo"));
        assertThat(Compilers.compile(JavaFileObjects.forSourceString("com.example.Repo", """
                package com.example;

                @dev.quarry.annotation.Repository
                public interface Repo {
                }
                """))).hadErrorContaining(ErrorMessages.repositoryNoBase("com.example.Repo"));
    }

    private static JavaFileObject lastSource(Compilation compilation) {
        return compilation.sourceFiles().get(compilation.sourceFiles().size() - 1);
    }

    @Test
    void projectionComponentMustNameAProperty() {
        Compilation compilation = compileRepository("""
                    record Summary(String nmae, int age) {
                    }

                    List<Summary> findByAgeGreaterThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.projectionUnknownProperty("findByAgeGreaterThan",
                "com.example.UserRepository.Summary", "nmae", "User", "name", USER_PROPERTIES))
                .inFile(lastSource(compilation)).onLine(16);
        assertThat(compileRepository("""
                    record Summary(String nickname) {
                    }

                    Optional<Summary> findByEmail(String email);""")).hadErrorContaining(
                ErrorMessages.projectionUnknownProperty("findByEmail", "com.example.UserRepository.Summary", "nickname",
                        "User", null, USER_PROPERTIES));
    }

    @Test
    void projectionComponentMustHaveThePropertyType() {
        Compilation compilation = compileRepository("""
                    record Summary(String name, long age) {
                    }

                    List<Summary> findByAgeGreaterThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.projectionComponentType("findByAgeGreaterThan",
                "com.example.UserRepository.Summary", "age", "long", "User", "int"))
                .inFile(lastSource(compilation)).onLine(16);
        assertThat(compileRepository("""
                    record Bio(int bio) {
                    }

                    List<Bio> findByAge(int age);""")).hadErrorContaining(ErrorMessages.projectionComponentType(
                "findByAge", "com.example.UserRepository.Bio", "bio", "int", "User", "java.lang.String"));
    }

    @Test
    void projectionOfMoreComponentsThanTheDslSelects() {
        Compilation compilation = compileRepository("""
                    record Everything(Long id, String name, String email, String bio, int age, java.time.Instant createdAt,
                            Status status) {
                    }

                    List<Everything> findByAge(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.projectionArity("findByAge",
                "com.example.UserRepository.Everything", 7, 6)).inFile(lastSource(compilation)).onLine(17);
    }

    @Test
    void distinctProjectionCannotBePaged() {
        Compilation compilation = compileRepository("""
                    record Name(String name) {
                    }

                    Page<Name> findDistinctByAge(int age, PageRequest page);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.distinctProjectionPage("findDistinctByAge"))
                .inFile(lastSource(compilation)).onLine(16);
    }

    @Test
    void distinctProjectionOrdersBySelectedProperties() {
        Compilation compilation = compileRepository("""
                    record Name(String name) {
                    }

                    List<Name> findDistinctByAgeGreaterThanOrderByAgeAsc(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.distinctProjectionOrder(
                "findDistinctByAgeGreaterThanOrderByAgeAsc", "age", "com.example.UserRepository.Name"))
                .inFile(lastSource(compilation)).onLine(16);
        assertThat(compileRepository("""
                    record Name(String name) {
                    }

                    List<Name> findDistinctByAgeGreaterThanOrderByNameAsc(int age);""")).succeededWithoutWarnings();
    }

    @Test
    void loadOptionOfAnotherEntity() {
        Compilation compilation = compileRepository(
                "    List<User> findByName(String name, dev.quarry.query.Load<Post, ?> load);", POST);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.loadOptionOfAnotherEntity("findByName", "load",
                "dev.quarry.query.Load<com.example.Post, ?>", "User", "Load<User, ?>"))
                .inFile(lastSource(compilation)).onLineContaining("findByName(");
        assertThat(compileRepository("    @SuppressWarnings(\"rawtypes\")\n"
                + "    Optional<User> findByEmail(String email, dev.quarry.query.Load options);"))
                .hadErrorContaining(ErrorMessages.loadOptionOfAnotherEntity("findByEmail", "options",
                        "dev.quarry.query.Load", "User", "Load<User, ?>"));
    }

    @Test
    void loadOptionOnAFinderThatDoesNotReturnEntities() {
        Compilation count = compileRepository(
                "    long countByName(String name, dev.quarry.query.Load<User, ?> load);");

        assertThat(count).failed();
        assertThat(count).hadErrorContaining(ErrorMessages.loadOptionWithoutEntities("countByName", "load", "long",
                "User")).inFile(lastSource(count)).onLineContaining("countByName(");
        assertThat(compileRepository("    java.util.stream.Stream<User> streamByAge(int age,"
                + " dev.quarry.query.Load<User, ?> load);")).hadErrorContaining(
                ErrorMessages.loadOptionWithoutEntities("streamByAge", "load",
                        "java.util.stream.Stream<com.example.User>", "User"));
        assertThat(compileRepository("""
                    record Name(String name) {
                    }

                    List<Name> findByAge(int age, dev.quarry.query.Load<User, ?> load);""")).hadErrorContaining(
                ErrorMessages.loadOptionWithoutEntities("findByAge", "load",
                        "java.util.List<com.example.UserRepository.Name>", "User"));
        assertThat(compileRepository("    boolean existsByEmail(dev.quarry.query.Load<User, ?> load, String email);"))
                .hadErrorContaining(ErrorMessages.loadOptionWithoutEntities("existsByEmail", "load", "boolean",
                        "User"));
        assertThat(compileRepository("    void deleteByAge(int age, dev.quarry.query.Load<User, ?> load);"))
                .hadErrorContaining(ErrorMessages.loadOptionWithoutEntities("deleteByAge", "load", "void", "User"));
    }

    @Test
    void loadOptionOnAQueryMethod() {
        Compilation compilation = compileRepository("""
                    @dev.quarry.annotation.Query("select * from users where name = :name")
                    List<User> named(String name, dev.quarry.query.Load<User, ?> load);""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.queryLoadOption("named", "load", "User", "USER"))
                .inFile(lastSource(compilation)).onLineContaining("named(");
    }

    @Test
    void loadOptionsAreNotCountedAsQueryParameters() {
        Compilation compilation = compileRepository(
                "    List<User> findByNameAndAge(String name, dev.quarry.query.Load<User, ?> load);");

        assertThat(compilation).hadErrorContaining(ErrorMessages.wrongParameterCount("findByNameAndAge", 2, 1,
                "java.lang.String (name), int (age)"));
        Compilation wrongType = compileRepository(
                "    List<User> findByAge(dev.quarry.query.Load<User, ?> load,\n            long age);");
        assertThat(wrongType).hadErrorContaining(
                ErrorMessages.wrongParameterType("findByAge", "age", "long", "age", "int"))
                .inFile(lastSource(wrongType)).onLineContaining("long age");
        assertThat(compileRepository("""
                    Page<User> findByAge(int age, PageRequest page, dev.quarry.query.Load<User, ?> load);
                    List<User> findByNameOrderByAgeDesc(dev.quarry.query.Load<User, ?> first, String name,
                            dev.quarry.query.Load<User, ?> second);""")).succeededWithoutWarnings();
    }

    /**
     * The "repository_load_with" input's entities (User with posts and profile, Post with author
     * and tags, Profile with user, Tag in another package with posts) plus a repository of User
     * whose body is {@code members}.
     */
    private static Compilation compileLoadWith(String members) {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("repository_load_with"));
        sources.add(JavaFileObjects.forSourceString("com.example.blog.data.Users", """
                package com.example.blog.data;

                import com.example.blog.User;
                import dev.quarry.annotation.LoadWith;
                import dev.quarry.annotation.Query;
                import dev.quarry.repository.CrudRepository;
                import dev.quarry.repository.Page;
                import dev.quarry.repository.PageRequest;
                import java.util.List;
                import java.util.Optional;
                import java.util.stream.Stream;

                @dev.quarry.annotation.Repository
                public interface Users extends CrudRepository<User, Long> {
                """ + members + "\n}\n"));
        return Compilers.quarry().compile(sources);
    }

    @Test
    void loadWithSegmentNamingNoRelationshipSuggestsTheClosest() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith(selectIn = "posts.tgas")
                    List<User> findByName(String name);""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.loadWithUnknownRelationship("findByName", "selectIn",
                "posts.tgas", "tgas", "Post", "tags", List.of("author", "tags")))
                .inFile(lastSource(compilation)).onLineContaining("\"posts.tgas\"");
        assertThat(compileLoadWith("""
                    @LoadWith(joined = "email")
                    Optional<User> findByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithUnknownRelationship("findByName", "joined", "email", "email", "User", null,
                        List.of("posts", "profile")));
        assertThat(compileLoadWith("""
                    @LoadWith(selectIn = "posts.tags.posts.author.posts.tags.name")
                    List<User> findByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithUnknownRelationship("findByName", "selectIn",
                        "posts.tags.posts.author.posts.tags.name", "name", "Tag", null, List.of("posts")));
    }

    @Test
    void loadWithJoinedThroughAManyToMany() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith(joined = "posts.tags")
                    List<User> findByName(String name);""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.loadWithJoinedManyToMany("findByName", "posts.tags",
                "Post.tags", "joined(USER.posts).thenSelectIn(POST.tags)"))
                .inFile(lastSource(compilation)).onLineContaining("\"posts.tags\"");
    }

    @Test
    void loadWithTheSameRelationshipUnderBothStrategies() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith(selectIn = "posts", joined = {"profile", "posts.author"})
                    List<User> findByName(String name);""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.loadWithBothStrategies("findByName", "posts",
                "posts", "posts.author", "selectIn(USER.posts).thenJoined(POST.author)"))
                .inFile(lastSource(compilation)).onLineContaining("@LoadWith(selectIn = \"posts\"");
        assertThat(compileLoadWith("""
                    @LoadWith(joined = "posts", selectIn = "posts.tags")
                    List<User> findByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithBothStrategies("findByName", "posts", "posts.tags", "posts",
                        "joined(USER.posts).thenSelectIn(POST.tags)"));
    }

    @Test
    void loadWithOnAFinderThatDoesNotReturnEntities() {
        Compilation count = compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    long countByName(String name);""");

        assertThat(count).failed();
        assertThat(count).hadErrorContaining(ErrorMessages.loadWithWithoutEntities("countByName", "long", "User"))
                .inFile(lastSource(count)).onLineContaining("@LoadWith");
        assertThat(compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    Stream<User> streamByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithWithoutEntities("streamByName", "java.util.stream.Stream<com.example.blog.User>",
                        "User"));
        assertThat(compileLoadWith("""
                    record Name(String name) {
                    }

                    @LoadWith(selectIn = "posts")
                    List<Name> findByIdGreaterThan(long id);""")).hadErrorContaining(
                ErrorMessages.loadWithWithoutEntities("findByIdGreaterThan",
                        "java.util.List<com.example.blog.data.Users.Name>", "User"));
        assertThat(compileLoadWith("""
                    @LoadWith(joined = "profile")
                    boolean existsByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithWithoutEntities("existsByName", "boolean", "User"));
        assertThat(compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    int deleteByName(String name);""")).hadErrorContaining(
                ErrorMessages.loadWithWithoutEntities("deleteByName", "int", "User"));
    }

    @Test
    void loadWithOnAQueryMethod() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    @Query("select * from users where name = :name")
                    List<User> named(String name);""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.queryLoadWith("named", "User", "USER"))
                .inFile(lastSource(compilation)).onLineContaining("@LoadWith");
    }

    @Test
    void loadWithJoinedOneToManyOnALimitedFinderCompiles() {
        assertThat(compileLoadWith("""
                    @LoadWith(joined = "posts")
                    List<User> findTop3ByName(String name);
                    @LoadWith(joined = "profile.user.posts")
                    Page<User> findByName(String name, PageRequest page);
                    @LoadWith(joined = "profile", selectIn = "posts")
                    Page<User> findByNameNot(String name, PageRequest page);
                    @LoadWith(joined = "posts")
                    Optional<User> findById(long id, dev.quarry.query.Load<User, ?> load);""")).succeededWithoutWarnings();
    }

    @Test
    void loadWithOnAMethodQuarryDoesNotGenerate() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    default List<User> everyone() {
                        return findAll();
                    }""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.loadWithNotGenerated("everyone", "a default method",
                "load in its body with .load(Load.selectIn(...)) on the query, or make it an abstract derived finder"))
                .inFile(lastSource(compilation)).onLineContaining("@LoadWith");
        assertThat(compileLoadWith("""
                    @LoadWith(selectIn = "posts")
                    @Override
                    List<User> findAll();""")).hadErrorContaining(ErrorMessages.loadWithNotGenerated("findAll",
                "a method of the repository's base interface, which the base class implements",
                "call the overload taking a load option (findById(id, load), findAll(load)) or declare a derived"
                        + " finder with @LoadWith"));
    }

    @Test
    void emptyLoadWithWarnsAndLoadsNothing() {
        Compilation compilation = compileLoadWith("""
                    @LoadWith
                    List<User> findByName(String name);""");

        assertThat(compilation).hadWarningContaining(ErrorMessages.emptyLoadWith("findByName"))
                .inFile(lastSource(compilation)).onLineContaining("@LoadWith");
        assertThat(compileLoadWith("""
                    @SuppressWarnings("quarry")
                    @LoadWith(selectIn = {}, joined = {})
                    List<User> findByName(String name);""")).succeededWithoutWarnings();
    }

    /** The "repository_upsert" input's Account (unique email, unique (tenant, handle) and (shard, handle)). */
    private static Compilation compileUpsert(String base, String members) {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("repository_upsert"));
        sources.add(JavaFileObjects.forSourceString("com.example.accounts.Accounts", """
                package com.example.accounts;

                import dev.quarry.annotation.Repository;
                import dev.quarry.repository.CrudRepository;
                import dev.quarry.repository.ReadRepository;

                @Repository
                public interface Accounts extends\s""" + base + """
                 {
                """ + members + "\n}\n"));
        return Compilers.quarry().compile(sources);
    }

    private static final List<String> ACCOUNT_CONSTRAINTS = List.of("upsertByEmail", "upsertByTenantAndHandle",
            "upsertByShardAndHandle");

    @Test
    void upsertOnPropertiesThatAreNotAUniqueConstraint() {
        Compilation compilation = compileUpsert("CrudRepository<Account, Long>",
                "    Account upsertByName(Account account);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.upsertNotUnique("upsertByName", List.of("name"),
                "Account", ACCOUNT_CONSTRAINTS)).inFile(lastSource(compilation)).onLineContaining("upsertByName(");
        assertThat(compileUpsert("CrudRepository<Account, Long>", "    Account upsertByTenant(Account account);"))
                .hadErrorContaining(ErrorMessages.upsertNotUnique("upsertByTenant", List.of("tenant"), "Account",
                        ACCOUNT_CONSTRAINTS));
        assertThat(compileUpsert("CrudRepository<Account, Long>",
                "    Account upsertByEmailAndHandle(Account account);")).hadErrorContaining(
                ErrorMessages.upsertNotUnique("upsertByEmailAndHandle", List.of("email", "handle"), "Account",
                        ACCOUNT_CONSTRAINTS));
        assertThat(compileUpsert("CrudRepository<Account, Long>", "    Account upsertById(Account account);"))
                .hadErrorContaining(ErrorMessages.upsertNotUnique("upsertById", List.of("id"), "Account",
                        ACCOUNT_CONSTRAINTS));
        assertThat(compileRepository("    User upsertByName(User user);")).hadErrorContaining(
                ErrorMessages.upsertNotUnique("upsertByName", List.of("name"), "User", List.of("upsertByEmail")));
        assertThat(Compilers.compile(POST, JavaFileObjects.forSourceString("com.example.PostRepository", """
                package com.example;

                @dev.quarry.annotation.Repository
                public interface PostRepository extends dev.quarry.repository.CrudRepository<Post, Long> {
                    Post upsertByTitle(Post post);
                }
                """))).hadErrorContaining(ErrorMessages.upsertNotUnique("upsertByTitle", List.of("title"), "Post",
                List.of()));
    }

    @Test
    void upsertNamingNoProperty() {
        assertThat(compileUpsert("CrudRepository<Account, Long>", "    Account upsertByEmial(Account account);"))
                .hadErrorContaining(ErrorMessages.unknownProperty("upsertByEmial", "emial", "Account", "email",
                        List.of("id", "email", "tenant", "handle", "shard", "name", "createdAt")));
        assertThat(compileUpsert("CrudRepository<Account, Long>", "    Account upsertBy(Account account);"))
                .hadErrorContaining(ErrorMessages.emptyCriteria("upsertBy"));
    }

    @Test
    void upsertTakesTheEntityAndReturnsTheStoredRow() {
        Compilation compilation = compileUpsert("CrudRepository<Account, Long>",
                "    void upsertByEmail(String email);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.upsertSignature("upsertByEmail", "String", "void",
                "Account", "account")).inFile(lastSource(compilation)).onLineContaining("upsertByEmail(");
        assertThat(compileUpsert("CrudRepository<Account, Long>",
                "    int upsertByEmail(Account account, boolean force);")).hadErrorContaining(
                ErrorMessages.upsertSignature("upsertByEmail", "Account, boolean", "int", "Account", "account"));
    }

    @Test
    void upsertOnAReadRepository() {
        Compilation compilation = compileUpsert("ReadRepository<Account, Long>",
                "    Account upsertByEmail(Account account);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(ErrorMessages.upsertOnReadRepository("upsertByEmail",
                "com.example.accounts.Accounts", "CrudRepository<Account, Long>"))
                .inFile(lastSource(compilation)).onLineContaining("upsertByEmail(");
    }

    @Test
    void loadWithOnAnUpsert() {
        Compilation compilation = compileUpsert("CrudRepository<Account, Long>", """
                    @dev.quarry.annotation.LoadWith(selectIn = "posts")
                    Account upsertByEmail(Account account);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.loadWithWithoutEntities("upsertByEmail",
                "com.example.accounts.Account", "Account")).inFile(lastSource(compilation))
                .onLineContaining("@dev.quarry.annotation.LoadWith");
    }
}
