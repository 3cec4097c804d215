package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import dev.quarry.query.SelectStatement;
import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An entity query's {@code count()} renders its {@code SELECT COUNT(*)} once per query object,
 * like {@code fetch()} renders its {@code SELECT}: counting again sends the very SQL string it
 * sent before, on SQLite and PostgreSQL, for the plain form and the {@code FROM (...) AS counted}
 * form (joins, distinct, limit).
 */
class EntityCountRendersOnceTest {
    @TempDir
    Path directory;

    @Test
    void sqliteCountsWithTheSqlItRenderedOnce() {
        countsWithTheSqlItRenderedOnce("jdbc:sqlite:" + directory.resolve("count.db"), new SqliteDialect());
    }

    @Test
    void postgresCountsWithTheSqlItRenderedOnce() throws SQLException {
        PostgresServer server = PostgresServer.get();
        String schema = "quarry_count_once_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA \"" + schema + "\"");
        }
        try {
            String url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            countsWithTheSqlItRenderedOnce(url, new PostgresDialect());
        } finally {
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
            }
        }
    }

    private static void countsWithTheSqlItRenderedOnce(String url, Dialect dialect) {
        seed(url);
        RecordingDataSource driver = new RecordingDataSource(url, null);
        Engine engine = new Engine(dialect, driver, new SqlLog(false));
        Operations ops = new Operations(engine, engine);

        List<SelectStatement> queries = List.of(
                ops.select(PERSON).where(PERSON.age.ge(18)),
                ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)),
                ops.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)).distinct(),
                ops.select(PERSON).orderBy(PERSON.name.asc()).limit(1));
        List<Long> expected = List.of(2L, 2L, 1L, 1L);
        for (int i = 0; i < queries.size(); i++) {
            EntityQuery<?> query = (EntityQuery<?>) queries.get(i);
            driver.prepared.clear();
            assertEquals(expected.get(i), query.count());
            assertEquals(expected.get(i), query.count());
            String counted = query.renderCount().sql();
            assertEquals(2, driver.prepared.size(), () -> "one statement per count: " + driver.prepared);
            for (String sql : driver.prepared) {
                assertSame(counted, sql, () -> "rendered again instead of reused: " + sql);
            }
            assertSame(query.renderCount(), query.renderCount());

            driver.prepared.clear();
            query.fetch();
            assertEquals(List.of(query.toSql()), driver.prepared, "fetch sends its own SELECT, not the count's");
            assertSame(query.toSql(), driver.prepared.get(0));
            assertNotSame(counted, query.toSql());
        }
    }

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
}
