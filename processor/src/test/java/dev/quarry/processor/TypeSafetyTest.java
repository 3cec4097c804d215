package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The point of the generated metamodel: queries written against it are checked by javac. Each
 * test compiles the blog entities (users and posts) with one query method against the runtime's
 * DSL; well-typed queries compile without warnings, ill-typed ones fail on the query's line.
 */
class TypeSafetyTest {

    @Test
    void wellTypedQueriesCompile() {
        Compilation compilation = compileQuery(
                "List<User> adults = db.select(USER).where(USER.age.gt(25).and(USER.name.like(\"A%\")))",
                "        .orderBy(USER.name.asc(), USER.id.desc().nullsLast()).limit(10).fetch();",
                "Optional<User> one = db.get(USER, 1L);",
                "int changed = db.update(USER).set(USER.age, 30).where(USER.id.eq(1L)).execute();",
                "long posts = db.select(POST).where(POST.title.like(\"%java%\").or(POST.authorId.in(List.of(1L, 2L))))",
                "        .count();",
                "WriteQuery delete = db.delete(POST).where(POST.id.between(1L, 9L).not());",
                "Post.class.cast(null);",
                "System.out.println(adults.size() + one.hashCode() + changed + posts + delete.toSql());");

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void comparingAColumnWithAValueOfAnotherTypeDoesNotCompile() {
        Compilation compilation = compileQuery("db.select(USER).where(USER.age.gt(\"x\"));");

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("java.lang.String cannot be converted to java.lang.Integer")
                .inFile(query())
                .onLineContaining("gt(\"x\")");
    }

    @Test
    void likeOnlyExistsOnTextColumns() {
        Compilation text = compileQuery("db.select(USER).where(USER.name.like(\"%kim%\"));");
        Compilation number = compileQuery("db.select(USER).where(USER.age.like(\"%1%\"));");

        assertThat(text).succeededWithoutWarnings();
        assertThat(number).failed();
        assertThat(number).hadErrorContaining("cannot find symbol").inFile(query()).onLineContaining("age.like");
    }

    @Test
    void aConditionOnAnotherTableDoesNotCompile() {
        Compilation compilation = compileQuery("db.select(USER).where(POST.title.eq(\"x\"));");

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("dev.quarry.query.Condition<com.example.blog.Post> cannot be converted to"
                        + " dev.quarry.query.Condition<com.example.blog.User>")
                .inFile(query())
                .onLineContaining("where(POST.title");
    }

    @Test
    void sortingByAnotherTablesColumnDoesNotCompile() {
        Compilation compilation = compileQuery("db.select(USER).orderBy(POST.title.asc());");

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("dev.quarry.query.Sort<com.example.blog.Post> cannot be converted to"
                        + " dev.quarry.query.Sort<com.example.blog.User>")
                .inFile(query())
                .onLineContaining("orderBy(POST");
    }

    @Test
    void updatingAnotherTablesColumnDoesNotCompile() {
        Compilation compilation = compileQuery("db.update(USER).set(POST.title, \"x\").all();");

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("dev.quarry.query.Column<com.example.blog.User,T>")
                .inFile(query())
                .onLineContaining("set(POST.title");
    }

    @Test
    void aKeyOfTheWrongTypeDoesNotCompile() {
        Compilation compilation = compileQuery("db.get(USER, \"1\");");

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("inference variable K has incompatible bounds")
                .inFile(query())
                .onLineContaining("db.get(USER, \"1\")");
    }

    private final JavaFileObject[] query = new JavaFileObject[1];

    private JavaFileObject query() {
        return query[0];
    }

    private Compilation compileQuery(String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.example.blog;",
                "",
                "import static com.example.blog.Post_.POST;",
                "import static com.example.blog.User_.USER;",
                "",
                "import dev.quarry.DataAccess;",
                "import dev.quarry.query.WriteQuery;",
                "import java.util.List;",
                "import java.util.Optional;",
                "",
                "class Queries {",
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
