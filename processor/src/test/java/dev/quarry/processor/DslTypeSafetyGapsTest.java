package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * More mistakes that the SQL expression language leaves to {@code javac}, beside those of
 * {@link DslTypeSafetyTest}: a column compared with (or set to) a value of another type in every
 * operator, arithmetic and sums over text, records whose components do not match a projection in
 * type or number, and aggregates, window functions and scalar subqueries whose result is used as
 * another type. Each mistake fails to compile on its own line; its well-typed counterpart compiles
 * without warnings. Compiled against the blog entities ({@code User(Long id, String name, int age)},
 * {@code Post(long id, String title, long authorId)}).
 */
class DslTypeSafetyGapsTest {
    /** A mistake: the line that must not compile, and a fragment of javac's error on it. */
    private record Mistake(String line, String error) {
    }

    @Test
    void wellTypedCounterpartsCompile() {
        Compilation compilation = compile(
                "db.select(USER).where(USER.age.eq(30).and(USER.name.gt(\"B\")).and(USER.age.between(1, 9)));",
                "db.select(USER).where(USER.age.in(List.of(1, 2)).and(USER.id.ne(1L)).and(USER.name.eq(USER.name)));",
                "db.select(POST).where(POST.authorId.eq(1L));",
                "db.update(USER).set(USER.age, 31).all();",
                "db.select(USER).select(USER.age).groupBy(USER.age).having(sum(USER.age).isNotNull());",
                "db.select(USER).select(avg(USER.age), over(sum(USER.age), window()), multiply(USER.age, USER.age));",
                "db.update(USER).setExpression(USER.age, add(USER.age, 1)).all();",
                "List<Triple> triples = db.select(USER).select(USER.name, USER.age, USER.id).into(Triple::new).fetch();",
                "List<NameAge> authors = db.select(POST).join(USER).on(USER.id.eq(POST.authorId))",
                "        .select(POST.title, USER.age).into(NameAge::new).fetch();",
                "List<NameCount> counts = db.select(USER).select(USER.name, count()).into(NameCount::new).fetch();",
                "db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId).having(count(POST.id).gt(1L));",
                "String lowest = db.select(USER).select(min(USER.name)).one();",
                "List<BigDecimal> sums = db.select(USER).select(sum(USER.age)).fetch();",
                "db.select(USER).where(Sql.<User, Long>scalar(db.select(POST).select(count())).gt(1L));",
                "List<Long> rows = db.select(POST).select(rowNumber().over(window())).fetch();",
                "long names = db.select(USER).select(countDistinct(USER.name)).one();",
                "Integer oldest = db.select(USER).select(max(USER.age)).one();",
                "db.select(USER).where(length(USER.name).eq(3));",
                "System.out.println(triples.size() + authors.size() + counts.size() + lowest + sums + rows + names",
                "        + oldest);");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aColumnComparedWithOrSetToAValueOfAnotherTypeDoesNotCompile() {
        assertEachFails(List.of(
                new Mistake("db.select(USER).where(USER.age.eq(\"thirty\"));",
                        "no suitable method found for eq(java.lang.String)"),
                new Mistake("db.select(USER).where(USER.name.gt(3));", "no suitable method found for gt(int)"),
                new Mistake("db.select(USER).where(USER.age.between(\"a\", \"z\"));",
                        "java.lang.String cannot be converted to java.lang.Integer"),
                new Mistake("db.select(USER).where(USER.age.in(List.of(\"1\", \"2\")));",
                        "no suitable method found for in"),
                new Mistake("db.select(USER).where(USER.id.ne(1.5));", "no suitable method found for ne(double)"),
                new Mistake("db.select(POST).where(POST.authorId.eq(1));", "no suitable method found for eq(int)"),
                new Mistake("db.select(USER).where(USER.name.eq(USER.age));",
                        "no suitable method found for eq(dev.quarry.query.Column"),
                new Mistake("db.update(USER).set(USER.age, \"old\").all();",
                        "method set in interface dev.quarry.query.UpdateSetStep<E> cannot be applied")));
    }

    @Test
    void arithmeticAndSumsOverTextDoNotCompile() {
        assertEachFails(List.of(
                new Mistake("db.select(USER).select(avg(USER.name));",
                        "method avg in class dev.quarry.query.Sql cannot be applied"),
                new Mistake("db.select(USER).select(USER.age).groupBy(USER.age).having(sum(USER.name).isNotNull());",
                        "method sum in class dev.quarry.query.Sql cannot be applied"),
                new Mistake("db.select(USER).select(over(sum(USER.name), window()));",
                        "method sum in class dev.quarry.query.Sql cannot be applied"),
                new Mistake("db.update(USER).setExpression(USER.age, add(USER.name, 1)).all();",
                        "no suitable method found for add(dev.quarry.query.StringColumn"),
                new Mistake("db.select(USER).select(multiply(USER.name, USER.name));",
                        "no suitable method found for multiply(dev.quarry.query.StringColumn")));
    }

    @Test
    void projectionsIntoRecordsOfMismatchedComponentsDoNotCompile() {
        assertEachFails(List.of(
                new Mistake("db.select(USER).select(USER.name, USER.id, USER.age).into(Triple::new);",
                        "invalid constructor reference"),
                new Mistake("db.select(USER).select(USER.name, USER.age).into(Triple::new);",
                        "invalid constructor reference"),
                new Mistake("db.select(POST).join(USER).on(USER.id.eq(POST.authorId)).select(POST.title, USER.id)"
                        + ".into(NameAge::new);", "invalid constructor reference"),
                new Mistake("db.select(USER).select(USER.name, count()).into(NameAge::new);",
                        "invalid constructor reference")));
    }

    @Test
    void anAggregatesResultUsedAsAnotherTypeDoesNotCompile() {
        assertEachFails(List.of(
                new Mistake("db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId)"
                        + ".having(count(POST.id).gt(1));", "no suitable method found for gt(int)"),
                new Mistake("Integer lowest = db.select(USER).select(min(USER.name)).one();",
                        "java.lang.String cannot be converted to java.lang.Integer"),
                new Mistake("List<Integer> sums = db.select(USER).select(sum(USER.age)).fetch();",
                        "java.util.List<java.math.BigDecimal> cannot be converted to java.util.List<java.lang.Integer>"),
                new Mistake("db.select(USER).where(USER.age.eq(scalar(db.select(POST).select(count()))));",
                        "no suitable method found for eq(dev.quarry.query.Expression<java.lang.Object,java.lang.Long>)"),
                new Mistake("List<Integer> rows = db.select(POST).select(rowNumber().over(window())).fetch();",
                        "java.util.List<java.lang.Long> cannot be converted to java.util.List<java.lang.Integer>"),
                new Mistake("db.select(USER).select(USER.name, avg(USER.age)).into(NameAge::new);",
                        "invalid constructor reference"),
                new Mistake("int names = db.select(USER).select(countDistinct(USER.name)).one();",
                        "java.lang.Long cannot be converted to int"),
                new Mistake("String oldest = db.select(USER).select(max(USER.age)).one();",
                        "java.lang.Integer cannot be converted to java.lang.String"),
                new Mistake("db.select(USER).where(length(USER.name).eq(3L));",
                        "no suitable method found for eq(long)")));
    }

    private void assertEachFails(List<Mistake> mistakes) {
        for (Mistake mistake : mistakes) {
            JavaFileObject[] query = new JavaFileObject[1];
            Compilation compilation = compile(query, mistake.line());
            assertThat(compilation).failed();
            assertThat(compilation).hadErrorContaining(mistake.error()).inFile(query[0])
                    .onLineContaining(mistake.line().substring(0, Math.min(40, mistake.line().length())));
        }
    }

    private Compilation compile(String... body) {
        return compile(new JavaFileObject[1], body);
    }

    private Compilation compile(JavaFileObject[] query, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.example.blog;",
                "",
                "import static com.example.blog.Post_.POST;",
                "import static com.example.blog.User_.USER;",
                "import static dev.quarry.query.Sql.*;",
                "",
                "import dev.quarry.DataAccess;",
                "import dev.quarry.query.Sql;",
                "import java.math.BigDecimal;",
                "import java.util.List;",
                "",
                "class Queries {",
                "    record NameAge(String name, int age) {",
                "    }",
                "",
                "    record NameCount(String name, long count) {",
                "    }",
                "",
                "    record Triple(String name, int age, Long id) {",
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
