package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.Schema;
import dev.quarry.fixture.Person;
import dev.quarry.fixture.Tables;
import dev.quarry.fixture.Visit;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.JoinedQuery;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.ReturningQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.TextQuery;
import dev.quarry.query.TextResult;
import dev.quarry.query.Tuple2;
import dev.quarry.query.WriteStatement;
import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two promises of the SQL expression language checked at the JDBC driver, on real databases:
 * running a statement again sends the very SQL string it rendered once (no re-rendering), on
 * PostgreSQL and SQLite; and a {@code RIGHT} or {@code FULL} join on a SQLite older than 3.39
 * fails with a clear exception before any statement is prepared, while a newer one runs it.
 */
class DslGapsExecutionTest {
    @TempDir
    Path directory;

    // ---------------------------------------------------------------- rendered SQL is cached

    @Test
    void sqliteRunsEveryStatementWithTheSqlItRenderedOnce() {
        String url = "jdbc:sqlite:" + directory.resolve("cache.db");
        runsEveryStatementWithTheSqlItRenderedOnce(url, new SqliteDialect());
    }

    @Test
    void postgresRunsEveryStatementWithTheSqlItRenderedOnce() throws SQLException {
        PostgresServer server = PostgresServer.get();
        String schema = "quarry_dsl_gaps_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA \"" + schema + "\"");
        }
        try {
            String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            runsEveryStatementWithTheSqlItRenderedOnce(url, new PostgresDialect());
        } finally {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }
    }

    private void runsEveryStatementWithTheSqlItRenderedOnce(String url, Dialect dialect) {
        seed(url);
        RecordingDataSource driver = new RecordingDataSource(url, null);
        Operations ops = operations(dialect, driver);

        SelectQuery<Person> adults = ops.select(PERSON).where(PERSON.age.ge(18)).orderBy(PERSON.name.asc());
        assertEquals(List.of("Ann", "Bob"), runsTwiceWithItsSql(driver, adults.toSql(),
                () -> adults.fetch().stream().map(Person::name).toList()));
        assertEquals(List.of("Ann", "Bob"), runsTwiceWithItsSql(driver, adults.toSql(), () -> {
            try (Stream<Person> rows = adults.stream()) {
                return rows.map(Person::name).toList();
            }
        }));

        ResultQuery<Person, String> names = ops.select(PERSON).select(PERSON.name).where(PERSON.age.gt(35));
        assertEquals("Bob", runsTwiceWithItsSql(driver, names.toSql(), names::one));

        JoinedQuery<Person> visitors = ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id));
        ResultQuery<Object, Tuple2<String, Long>> perVisitor = visitors.select(PERSON.name, count())
                .groupBy(PERSON.name).orderBy(PERSON.name.asc());
        assertEquals(List.of(new Tuple2<>("Ann", 2L)), runsTwiceWithItsSql(driver, perVisitor.toSql(),
                perVisitor::fetch));
        assertEquals(List.of("Ann", "Ann"), runsTwiceWithItsSql(driver, visitors.toSql(),
                () -> visitors.fetch().stream().map(Person::name).toList()));

        CompoundQuery<String> everything = ops.select(PERSON).select(PERSON.name)
                .union(ops.select(VISIT).select(VISIT.note)).orderBy(PERSON.name.asc());
        assertEquals(List.of("Ann", "Bob", "first", "second"), runsTwiceWithItsSql(driver, everything.toSql(),
                everything::fetch));

        WriteStatement<Person> rename = ops.update(PERSON).set(PERSON.bio, "seen").where(PERSON.name.eq("Ann"));
        assertEquals(1, runsTwiceWithItsSql(driver, rename.toSql(), rename::execute));
        ReturningQuery<Tuple2<String, String>> renamed = rename.returning(PERSON.name, PERSON.bio);
        assertEquals(List.of(new Tuple2<>("Ann", "seen")), runsTwiceWithItsSql(driver, renamed.toSql(),
                renamed::fetch));

        TextQuery older = ops.text("select name from people where age > :age order by name").bind("age", 1);
        TextResult<String> olderNames = older.as(String.class);
        assertEquals(List.of("Ann", "Bob"), runsTwiceWithItsSql(driver, older.toSql(), olderNames::fetch));
    }

    /**
     * Runs {@code statement} twice and checks that each run prepared exactly one statement whose
     * SQL is the string the statement rendered (the same instance: it was not rendered again).
     * Returns the second run's result, which must equal the first's.
     */
    private static <T> T runsTwiceWithItsSql(RecordingDataSource driver, String rendered, Supplier<T> statement) {
        driver.prepared.clear();
        T first = statement.get();
        T second = statement.get();
        assertEquals(first, second, "a kept statement runs again with the same result");
        assertEquals(2, driver.prepared.size(), () -> "one statement per run: " + driver.prepared);
        for (String sql : driver.prepared) {
            assertSame(rendered, sql, () -> "rendered again instead of reused: " + sql);
        }
        return second;
    }

    // ---------------------------------------------------------------- SQLite without outer joins

    @Test
    void rightAndFullJoinsOnASqliteOlderThan339FailBeforeAnythingIsPrepared() {
        String url = "jdbc:sqlite:" + directory.resolve("old.db");
        seed(url);
        RecordingDataSource oldSqlite = new RecordingDataSource(url, "3.38.5");
        Operations ops = operations(new SqliteDialect(), oldSqlite);

        JoinedQuery<Visit> right = ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId));
        JoinedQuery<Person> full = ops.select(PERSON).fullJoin(VISIT).on(VISIT.personId.eq(PERSON.id));
        ResultQuery<Object, Tuple2<String, String>> projected = right.select(PERSON.name, VISIT.note);
        CompoundQuery<String> compound = ops.select(PERSON).select(PERSON.name)
                .union(ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId)).select(PERSON.name));
        List<Executable> runs = List.of(right::fetch, right::one, right::findOne, right::count, () -> right.stream().close(),
                full::fetch, full::count, projected::fetch, projected::findOne, () -> projected.stream().close(),
                compound::fetch, compound::findOne);
        for (Executable run : runs) {
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, run);
            assertEquals("RIGHT and FULL joins need SQLite 3.39 or later; this database is SQLite 3.38.5: upgrade"
                    + " org.xerial:sqlite-jdbc, or write the join as a LEFT join", e.getMessage());
        }
        assertEquals(List.of(), oldSqlite.prepared, "nothing was sent to the database");

        assertEquals(List.of(new Tuple2<>("Ann", "first"), new Tuple2<>("Ann", "second"), new Tuple2<>("Bob", null)),
                ops.select(PERSON).leftJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).select(PERSON.name, VISIT.note)
                        .orderBy(PERSON.name.asc(), VISIT.note.asc()).fetch(),
                "a LEFT join needs no check and runs on the old version");
        assertEquals(1, oldSqlite.prepared.size());
    }

    @Test
    void rightAndFullJoinsRunOnSqlite339AndLater() {
        String url = "jdbc:sqlite:" + directory.resolve("new.db");
        seed(url);
        for (String version : List.of("3.39.0", "3.40", "3.100.2", "4.0.0")) {
            RecordingDataSource sqlite = new RecordingDataSource(url, version);
            Operations ops = operations(new SqliteDialect(), sqlite);
            assertEquals(List.of(new Tuple2<>("Ann", "first"), new Tuple2<>("Ann", "second"), new Tuple2<>("Bob", null)),
                    ops.select(VISIT).rightJoin(PERSON).on(PERSON.id.eq(VISIT.personId))
                            .select(PERSON.name, VISIT.note).orderBy(PERSON.name.asc(), VISIT.note.asc()).fetch(),
                    version);
            assertEquals(3L, ops.select(PERSON).fullJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).count(), version);
        }
        for (String version : List.of("3.4.0", "3.9", "2.99.0", "unknown")) {
            Operations ops = operations(new SqliteDialect(), new RecordingDataSource(url, version));
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                    () -> ops.select(PERSON).fullJoin(VISIT).on(VISIT.personId.eq(PERSON.id)).fetch());
            assertTrue(e.getMessage().contains("this database is SQLite " + version), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- support

    /** Creates the fixture tables at {@code url} with Ann (two visits) and Bob (none). */
    private static void seed(String url) {
        try (Database db = Database.builder(url).maximumPoolSize(1).minimumIdle(0).connect()) {
            Schema schema = db.schema(Tables.ALL);
            schema.dropAll();
            schema.createAll();
            Person ann = db.insert(PERSON, new Person("Ann", "ann@example.com", 30));
            db.insert(PERSON, new Person("Bob", "bob@example.com", 40));
            db.insertAll(VISIT, List.of(new Visit(ann.id(), 1, "first"), new Visit(ann.id(), 2, "second")));
        }
    }

    private static Operations operations(Dialect dialect, DataSource dataSource) {
        Engine engine = new Engine(dialect, dataSource, new SqlLog(false));
        return new Operations(engine, engine);
    }
}
