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

/** One test per {@code @Query} error in {@link ErrorMessages}, pinned to the line it is reported on. */
class QueryValidationTest {
    private static final List<String> USER_COLUMNS = List.of("id", "name", "email", "bio", "age", "created_at",
            "status");

    /** The "query" input's entities plus a repository whose body is {@code members}, starting on line 13. */
    private static Compilation compileRepository(String members) {
        List<JavaFileObject> sources = new ArrayList<>();
        for (JavaFileObject source : Compilers.input("query")) {
            if (!source.getName().endsWith("UserQueries.java")) {
                sources.add(source);
            }
        }
        sources.add(JavaFileObjects.forSourceString("com.example.UserRepository", """
                package com.example;

                import dev.quarry.annotation.Modifying;
                import dev.quarry.annotation.Query;
                import dev.quarry.annotation.Repository;
                import dev.quarry.repository.CrudRepository;
                import java.util.List;
                import java.util.Optional;
                import java.util.Set;

                @Repository
                public interface UserRepository extends CrudRepository<User, Long> {
                """ + members + "\n}\n"));
        return Compilers.quarry().compile(sources);
    }

    private static JavaFileObject last(Compilation compilation) {
        return compilation.sourceFiles().get(compilation.sourceFiles().size() - 1);
    }

    @Test
    void unparsableSql() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where")
                    List<User> broken();""");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[QRY-E054] @Query on broken is not SQL Quarry can parse (")
                .inFile(last(compilation)).onLine(13);
    }

    @Test
    void unknownTableSuggestsTheClosestOne() {
        Compilation compilation = compileRepository("""
                    @Query("select * from user where age > :age")
                    List<User> olderThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryUnknownTable("olderThan", "user", "users",
                List.of("posts", "users"))).inFile(last(compilation)).onLine(13);
    }

    @Test
    void unknownColumnSuggestsTheClosestOne() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where agee > :age")
                    List<User> olderThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryUnknownColumn("olderThan", "agee", "users",
                "age", USER_COLUMNS)).inFile(last(compilation)).onLine(13);
    }

    @Test
    void unknownQualifiedColumnOfAJoinedTable() {
        assertThat(compileRepository("""
                    @Query("select u.* from users u join posts p on p.author = u.id")
                    List<User> authors();""")).hadErrorContaining(ErrorMessages.queryUnknownColumn("authors",
                "author", "posts", "author_id", List.of("id", "title", "author_id")));
    }

    @Test
    void placeholderWithoutParameter() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where age > :minimum")
                    List<User> olderThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryMissingParameter("olderThan", "minimum"))
                .inFile(last(compilation)).onLine(13);
        assertThat(compilation).hadErrorContaining(ErrorMessages.queryUnusedParameter("olderThan", "age"))
                .inFile(last(compilation)).onLine(14);
    }

    @Test
    void unusedParameter() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where age > :age")
                    List<User> olderThan(int age, String name);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryUnusedParameter("olderThan", "name"))
                .inFile(last(compilation)).onLine(14);
    }

    @Test
    void parameterOfAnUnsupportedType() {
        assertThat(compileRepository("""
                    @Query("select * from users where age > :ages")
                    List<User> olderThan(java.util.Map<String, Integer> ages);""")).hadErrorContaining(
                ErrorMessages.queryParameterType("olderThan", "ages",
                        "java.util.Map<java.lang.String,java.lang.Integer>", ValueKinds.SUPPORTED));
    }

    @Test
    void collectionParametersAsWholeInLists() {
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids) and age > :age or id not in(:ids)")
                    List<User> byIds(java.util.Collection<Long> ids, int age);
                    @Query("select count(*) from users u join posts p on p.author_id = u.id and p.id in (:posts)"
                            + " where case when u.status in (:statuses) then 1 else 0 end = 1")
                    long counted(Set<Long> posts, Set<Status> statuses);
                    @Query("with picked as (select id from users where id in (:ids)) select count(*) from picked")
                    long picked(List<? extends Long> ids);
                    @Modifying
                    @Query("update users set bio = :bio where id in (:ids)")
                    int updateBios(String bio, List<Long> ids);
                    @Query("select * from users where age in (:age) and status in (:first, :second)")
                    List<User> scalars(int age, Status first, Status second);""")).succeededWithoutWarnings();
    }

    @Test
    void collectionOutsideAnInList() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where age > :ages")
                    List<User> olderThan(Set<Integer> ages);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryCollectionOutsideIn("olderThan", "ages",
                "java.util.Set<java.lang.Integer>")).inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids, 1)")
                    List<User> byIds(List<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionOutsideIn("byIds", "ids", "java.util.List<java.lang.Long>"));
        assertThat(compileRepository("""
                    @Query("select * from users where id in :ids")
                    List<User> byIds(List<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionOutsideIn("byIds", "ids", "java.util.List<java.lang.Long>"));
        assertThat(compileRepository("""
                    @Query("select * from users where id in ((:ids))")
                    List<User> byIds(List<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionOutsideIn("byIds", "ids", "java.util.List<java.lang.Long>"));
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids) and age = :ids")
                    List<User> byIds(List<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionOutsideIn("byIds", "ids", "java.util.List<java.lang.Long>"));
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids) limit :ids")
                    List<User> byIds(List<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionOutsideIn("byIds", "ids", "java.util.List<java.lang.Long>"));
    }

    @Test
    void collectionOfAnotherTypeThanItsColumn() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where id in (:ids)")
                    List<User> byIds(List<String> ids);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryCollectionColumnType("byIds", "ids",
                "java.util.List<java.lang.String>", "id", "java.lang.Long", "java.util.List<java.lang.Long>"))
                .inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select * from users u where u.age not in (:ages) and u.name <> :name")
                    List<User> others(Set<Long> ages, String name);""")).hadErrorContaining(
                ErrorMessages.queryCollectionColumnType("others", "ages", "java.util.Set<java.lang.Long>", "age",
                        "int", "java.util.Set<java.lang.Integer>"));
        assertThat(compileRepository("""
                    @Query("select * from users where age in (:age)")
                    List<User> aged(long age);""")).hadErrorContaining(
                ErrorMessages.queryParameterColumnType("aged", "age", "long", "age", "int"));
    }

    @Test
    void collectionQuarryCannotBind() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where created_at in (:days)")
                    List<User> createdOn(List<java.util.Date> days);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryCollectionType("createdOn", "days",
                "java.util.List<java.util.Date>", ValueKinds.SUPPORTED)).inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids)")
                    List<User> byIds(java.util.ArrayList<Long> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionType("byIds", "ids", "java.util.ArrayList<java.lang.Long>",
                        ValueKinds.SUPPORTED));
        assertThat(compileRepository("""
                    @Query("select * from users where id in (:ids)")
                    List<User> byIds(List<List<Long>> ids);""")).hadErrorContaining(
                ErrorMessages.queryCollectionType("byIds", "ids", "java.util.List<java.util.List<java.lang.Long>>",
                        ValueKinds.SUPPORTED));
    }

    @Test
    void returnTypeThatDoesNotMatchTheSelect() {
        Compilation compilation = compileRepository("""
                    @Query("select name, age from users")
                    List<User> namesAndAges();""");

        assertThat(compilation).hadErrorContaining("[QRY-E060] @Query on namesAndAges selects several columns")
                .inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select * from users")
                    List<String> everyone();""")).hadErrorContaining(ErrorMessages.queryReturnType("everyone",
                "java.util.List<java.lang.String>", "selects the entity's columns",
                "User, Optional<User>, List<User> or Stream<User>"));
        assertThat(compileRepository("""
                    @Modifying
                    @Query("delete from users")
                    String clear();""")).hadErrorContaining(ErrorMessages.queryReturnType("clear",
                "java.lang.String", "changes rows", "void, int or long (the number of rows changed)"));
    }

    @Test
    void modifyingMismatch() {
        Compilation compilation = compileRepository("""
                    @Query("delete from users where age < :age")
                    int deleteYoungerThan(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryModifying("deleteYoungerThan", false))
                .inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Modifying
                    @Query("select * from users")
                    List<User> everyone();""")).hadErrorContaining(ErrorMessages.queryModifying("everyone", true));
    }

    @Test
    void scalarOfTheWrongType() {
        Compilation compilation = compileRepository("""
                    @Query("select age from users where email = :email")
                    Optional<String> ageOf(String email);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryColumnType("ageOf",
                "java.util.Optional<java.lang.String>", "age", "int")).inFile(last(compilation)).onLine(14);
    }

    @Test
    void derivedTablesAndCommonTableExpressionsAreNotChecked() {
        assertThat(compileRepository("""
                    @Query("with recent as (select id, age as years from users) select count(*) from recent where years > :age")
                    long countOlder(int age);
                    @Query("select count(*) from (select age as years from users) t where t.years > :age")
                    long countOlderToo(int age);""")).succeededWithoutWarnings();
    }

    @Test
    void parameterOfAnotherTypeThanItsColumn() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where age > :age")
                    List<User> olderThan(String age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryParameterColumnType("olderThan", "age",
                "java.lang.String", "age", "int")).inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select * from users u where u.age between :low and :high")
                    List<User> between(int low, long high);""")).hadErrorContaining(
                ErrorMessages.queryParameterColumnType("between", "high", "long", "age", "int"));
        assertThat(compileRepository("""
                    @Modifying
                    @Query("update users set bio = :bio where id = :id")
                    int updateBio(int id, String bio);""")).hadErrorContaining(
                ErrorMessages.queryParameterColumnType("updateBio", "id", "int", "id", "java.lang.Long"));
        assertThat(compileRepository("""
                    @Modifying
                    @Query("insert into users (name, email, age, status) values (:name, :email, :age, 'ACTIVE')")
                    int add(String name, String email, Status age);""")).hadErrorContaining(
                ErrorMessages.queryParameterColumnType("add", "age", "com.example.Status", "age", "int"));
    }

    @Test
    void orderByColumnsAreChecked() {
        assertThat(compileRepository("""
                    @Query("select * from users order by nmae")
                    List<User> sorted();""")).hadErrorContaining(ErrorMessages.queryUnknownColumn("sorted", "nmae",
                "users", "name", USER_COLUMNS));
        assertThat(compileRepository("""
                    @Query("select name as n from users order by n, age desc")
                    List<String> sortedNames();""")).succeededWithoutWarnings();
    }

    @Test
    void recordComponentWithoutASelectItemSuggestsTheClosestOne() {
        Compilation typo = compileRepository("""
                    @Query("select name as nmae, age from users")
                    List<NameAge> namesAndAges();""");

        assertThat(typo).hadErrorContaining(ErrorMessages.queryRecordMissingItem("namesAndAges", "com.example.NameAge",
                "name", "name", "nmae", List.of("name AS nmae", "age"))).inFile(last(typo)).onLine(14);
        assertThat(compileRepository("""
                    record Ids(long authorId) {}
                    @Query("select id from users")
                    List<Ids> ids();""")).hadErrorContaining(ErrorMessages.queryRecordMissingItem("ids",
                "com.example.UserRepository.Ids", "authorId", "author_id", null, List.of("id")));
    }

    @Test
    void selectItemWithoutAComponent() {
        Compilation compilation = compileRepository("""
                    @Query("select name, age, email from users")
                    List<NameAge> namesAndAges();""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryRecordExtraItem("namesAndAges",
                "com.example.NameAge", "email", "email", List.of("name", "age"))).inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    record Counted(String name, int age) {}
                    @Query("select name, age, count(*) from users group by name, age")
                    List<Counted> counted();""")).hadErrorContaining(ErrorMessages.queryRecordExtraItem("counted",
                "com.example.UserRepository.Counted", "count(*)", null, List.of("name", "age")));
    }

    @Test
    void recordComponentOfAnotherTypeThanItsColumn() {
        Compilation compilation = compileRepository("""
                    record Ages(String name, long age) {}
                    @Query("select name, age from users")
                    List<Ages> ages();""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryRecordComponentType("ages",
                "com.example.UserRepository.Ages", "age", "long", "age", "int")).inFile(last(compilation)).onLine(15);
        assertThat(compileRepository("""
                    record Bios(char bio) {}
                    @Query("select u.bio from users u")
                    List<Bios> bios();""")).hadErrorContaining("[QRY-E073]");
        assertThat(compileRepository("""
                    record Bios(int bio) {}
                    @Query("select u.bio from users u")
                    List<Bios> bios();""")).hadErrorContaining(ErrorMessages.queryRecordComponentType("bios",
                "com.example.UserRepository.Bios", "bio", "int", "bio", "java.lang.String"));
        assertThat(compileRepository("""
                    record Ages(String name, long age) {}
                    @Query("select name, count(*) as age from users group by name")
                    List<Ages> ages();""")).succeededWithoutWarnings();
    }

    @Test
    void selectStarIntoARecord() {
        Compilation compilation = compileRepository("""
                    @Query("select * from users where age > :age")
                    List<NameAge> namesAndAges(int age);""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryRecordStar("namesAndAges", "com.example.NameAge",
                List.of("name", "age"))).inFile(last(compilation)).onLine(14);
        assertThat(compileRepository("""
                    @Query("select u.*, p.title from users u join posts p on p.author_id = u.id")
                    List<NameAge> withTitles();""")).hadErrorContaining(ErrorMessages.queryRecordStar("withTitles",
                "com.example.NameAge", List.of("name", "age")));
    }

    @Test
    void recordComponentOfATypeQuarryCannotRead() {
        Compilation compilation = compileRepository("""
                    record Joined(String name, java.util.Date createdAt) {}
                    @Query("select name, created_at from users")
                    List<Joined> joined();""");

        assertThat(compilation).hadErrorContaining(ErrorMessages.queryRecordComponentUnsupported("joined",
                "com.example.UserRepository.Joined", "createdAt", "java.util.Date", "java.time.Instant",
                ValueKinds.SUPPORTED)).inFile(last(compilation)).onLine(15);
        assertThat(compileRepository("""
                    record Tagged(String name, List<String> tags) {}
                    @Query("select name, bio as tags from users")
                    List<Tagged> tagged();""")).hadErrorContaining(ErrorMessages.queryRecordComponentUnsupported(
                "tagged", "com.example.UserRepository.Tagged", "tags", "java.util.List<java.lang.String>", null,
                ValueKinds.SUPPORTED));
    }
}
