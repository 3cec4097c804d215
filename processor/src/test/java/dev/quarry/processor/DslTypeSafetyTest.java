package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The SQL expression language is checked by javac: projections, functions and aggregates keep
 * their types, so each mistake below fails to compile on its own line, while the well-typed
 * queries compile without warnings. Compiled against the blog entities (users and posts).
 */
class DslTypeSafetyTest {
    private final JavaFileObject[] query = new JavaFileObject[1];

    @Test
    void wellTypedExpressionsCompile() {
        Compilation compilation = compile(
                "List<NameAge> names = db.select(USER).select(USER.name, USER.age).into(NameAge::new).fetch();",
                "List<Tuple2<Long, Long>> perAuthor = db.select(POST).select(POST.authorId, count())",
                "        .groupBy(POST.authorId).having(count(POST.id).gt(1L)).fetch();",
                "BigDecimal total = db.select(USER).select(sum(USER.age)).one();",
                "Long years = db.select(USER).select(sumLong(USER.age)).one();",
                "Integer oldest = db.select(USER).select(max(USER.age)).one();",
                "List<String> joined = db.select(POST).join(USER).on(USER.id.eq(POST.authorId))",
                "        .select(concat(USER.name, value(\": \"), POST.title)).fetch();",
                "System.out.println(names.size() + perAuthor.size() + total.intValue() + years + oldest + joined.size());");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void comparingAFunctionWithAValueOfAnotherTypeDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).where(length(USER.name).eq(\"five\"));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("java.lang.String cannot be converted to java.lang.Integer")
                .inFile(query[0]).onLineContaining("eq(\"five\")");
    }

    @Test
    void comparingTwoColumnsOfDifferentTypesDoesNotCompile() {
        Compilation compilation = compile("db.select(POST).join(USER).on(USER.name.eq(POST.id));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no suitable method found for eq").inFile(query[0])
                .onLineContaining("USER.name.eq(POST.id)");
    }

    @Test
    void summingATextColumnDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).select(sum(USER.name));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("sum").inFile(query[0]).onLineContaining("sum(USER.name)");

        Compilation integerSum = compile("db.select(USER).select(sumLong(USER.name));");
        assertThat(integerSum).failed();
        assertThat(integerSum).hadErrorContaining("sumLong").inFile(query[0]).onLineContaining("sumLong(USER.name)");
    }

    @Test
    void projectingIntoARecordWithMismatchedComponentsDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).select(USER.age, USER.name).into(NameAge::new);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(query[0])
                .onLineContaining("into(NameAge::new)");
    }

    @Test
    void usingAnAggregateResultAsTheWrongTypeDoesNotCompile() {
        Compilation count = compile("String posts = db.select(POST).select(count()).one();");
        assertThat(count).failed();
        assertThat(count).hadErrorContaining("incompatible types").inFile(query[0]).onLineContaining("String posts");

        Compilation average = compile("Integer average = db.select(USER).select(avg(USER.age)).one();");
        assertThat(average).failed();
        assertThat(average).hadErrorContaining("incompatible types").inFile(query[0]).onLineContaining("Integer average");

        Compilation integerSum = compile("String years = db.select(USER).select(sumLong(USER.age)).one();");
        assertThat(integerSum).failed();
        assertThat(integerSum).hadErrorContaining("incompatible types").inFile(query[0]).onLineContaining("String years");
    }

    @Test
    void aProjectionOfAnotherTableDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).select(USER.name, POST.title);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no suitable method found for select").inFile(query[0])
                .onLineContaining("POST.title");
    }

    @Test
    void aConditionOnAnotherTableInAProjectionDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).select(USER.name).where(POST.title.eq(\"x\"));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(query[0])
                .onLineContaining("where(POST.title");
    }

    @Test
    void subqueriesSetOperationsWritesAndWindowsCompileWhenWellTyped() {
        Compilation compilation = compile(
                "User user = null;",
                "List<String> authors = db.select(USER).select(USER.name)",
                "        .where(USER.id.in(db.select(POST).select(POST.authorId)))",
                "        .where(exists(db.select(POST).where(POST.authorId.eq(USER.id))))",
                "        .union(db.select(POST).select(POST.title)).fetch();",
                "List<Tuple2<Long, String>> ids = db.insertInto(USER).values(user).onConflict(USER.name)",
                "        .doUpdateSet(USER.age, 3).returning(USER.id, USER.name).fetch();",
                "List<Long> ranks = db.select(POST).select(rank().over(window().orderBy(POST.id.asc()))).fetch();",
                "System.out.println(authors.size() + ids.size() + ranks.size());");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void returningAColumnOfAnotherTableDoesNotCompile() {
        Compilation compilation = compile("db.delete(USER).all().returning(POST.title);");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no suitable method found for returning").inFile(query[0])
                .onLineContaining("returning(POST.title)");
    }

    @Test
    void aSubqueryOfAnotherTypeDoesNotCompile() {
        Compilation compilation = compile("db.select(USER).where(USER.age.in(db.select(USER).select(USER.name)));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("no suitable method found for in").inFile(query[0])
                .onLineContaining("USER.age.in(");
    }

    @Test
    void aSetOperationOfAnotherRowTypeDoesNotCompile() {
        Compilation compilation = compile(
                "db.select(USER).select(USER.name).union(db.select(USER).select(USER.age));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(query[0]).onLineContaining(".union(");
    }

    @Test
    void insertSelectIntoColumnsOfOtherTypesDoesNotCompile() {
        Compilation compilation = compile(
                "db.insertInto(USER).columns(USER.name, USER.age).select(db.select(USER).select(USER.age, USER.name));");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("incompatible types").inFile(query[0]).onLineContaining(".columns(");
    }

    @Test
    void anUpsertSettingAValueOfAnotherTypeDoesNotCompile() {
        Compilation compilation = compile(
                "User user = null;",
                "db.insertInto(USER).values(user).onConflict(USER.name).doUpdateSet(USER.age, \"old\");");

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("doUpdateSet").inFile(query[0]).onLineContaining("doUpdateSet(");
    }

    private Compilation compile(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.example.blog;",
                "",
                "import static com.example.blog.Post_.POST;",
                "import static com.example.blog.User_.USER;",
                "import static dev.quarry.query.Sql.*;",
                "",
                "import dev.quarry.DataAccess;",
                "import dev.quarry.query.Tuple2;",
                "import java.math.BigDecimal;",
                "import java.util.List;",
                "",
                "class Queries {",
                "    record NameAge(String name, int age) {",
                "    }",
                "",
                "    static void run(DataAccess db) {"));
        for (String line : body) {
            lines.add("        " + line);
        }
        lines.add("    }");
        lines.add("}");
        query[0] = JavaFileObjects.forSourceLines("com.example.blog.Queries", lines);
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("blog"));
        sources.add(query[0]);
        return Compilers.quarry().compile(sources);
    }
}
