package dev.quarry.testing.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The counting driver on SQLite (a temporary file) and PostgreSQL (see {@link PostgresServer}):
 * plain {@code DriverManager} connections and a HikariCP pool, batches, threads and nesting.
 */
class JdbcStatementsTest {
    private static final String SQLITE = "sqlite";
    private static final String POSTGRES = "postgres";

    private Path sqliteFile;
    private String table;

    @BeforeAll
    static void install() {
        CountingDriver.install();
    }

    @BeforeEach
    void createNames() throws Exception {
        sqliteFile = Files.createTempFile("quarry-counting-", ".db");
        table = "quarry_counting_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void dropTable() throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresServer.get().jdbcUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
        }
        Files.deleteIfExists(sqliteFile);
    }

    private String url(String database) {
        return database.equals(SQLITE) ? "jdbc:sqlite:" + sqliteFile.toAbsolutePath() : PostgresServer.get().jdbcUrl();
    }

    @Test
    void bothDriversAreReplacedByCountingOnes() throws SQLException {
        assertTrue(CountingDriver.isInstalled());
        assertTrue(DriverManager.getDriver("jdbc:sqlite:x.db") instanceof CountingDriver);
        assertTrue(DriverManager.getDriver(PostgresServer.get().jdbcUrl()) instanceof CountingDriver);
        for (Driver driver : DriverManager.drivers().toList()) {
            assertFalse(CountingDriver.WRAPPED_DRIVERS.contains(driver.getClass().getName()),
                    "still registered unwrapped: " + driver);
        }
        CountingDriver.install();
        assertEquals(2, DriverManager.drivers().filter(driver -> driver instanceof CountingDriver).count(),
                "a second install changes nothing");
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void countsEveryExecutionInOrderAndABatchAsOne(String database) throws SQLException {
        String insert = "INSERT INTO " + table + " (id, name) VALUES (?, ?)";
        String select = "SELECT name FROM " + table + " WHERE id > ? ORDER BY id";
        try (Connection connection = DriverManager.getConnection(url(database));
                StatementCount count = JdbcStatements.count()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (id integer PRIMARY KEY, name varchar(20) NOT NULL)");
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (int id = 1; id <= 3; id++) {
                    statement.setInt(1, id);
                    statement.setString(2, "row " + id);
                    statement.addBatch();
                }
                statement.executeBatch();
                statement.executeBatch(); // empty: nothing is sent
            }
            try (PreparedStatement statement = connection.prepareStatement(select)) {
                statement.setInt(1, 1);
                try (ResultSet rows = statement.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals("row 2", rows.getString(1));
                }
            }
            assertEquals(3, count.total(), count::toString);
            assertEquals(1, count.batches());
            assertEquals(List.of("CREATE TABLE " + table + " (id integer PRIMARY KEY, name varchar(20) NOT NULL)",
                    insert, select), count.statements());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void boundValuesCountEachParameterAndTheElementsOfAnArray(String database) throws SQLException {
        String in = "SELECT 1 WHERE 1 IN (?, ?, ?)";
        try (Connection connection = DriverManager.getConnection(url(database));
                StatementCount count = JdbcStatements.count()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT 1");
            }
            try (PreparedStatement statement = connection.prepareStatement(in)) {
                for (int i = 1; i <= 3; i++) {
                    statement.setInt(i, i);
                }
                statement.executeQuery().close();
            }
            if (database.equals(POSTGRES)) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT 1 WHERE 1 = ANY (?) AND 2 > ?")) {
                    statement.setArray(1, connection.createArrayOf("int4", new Integer[] {1, 2, 3, 4}));
                    statement.setInt(2, 1);
                    statement.executeQuery().close();
                    statement.clearParameters();
                    statement.setArray(1, connection.createArrayOf("int4", new Integer[] {1, 2}));
                    statement.setInt(2, 1);
                    statement.executeQuery().close();
                }
                assertEquals(List.of(0, 3, 5, 3), count.boundValues(), count::toString);
            } else {
                assertEquals(List.of(0, 3), count.boundValues(), count::toString);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void totalsCountPreparedStatementsAndBatchRows(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database));
                Statement statement = connection.createStatement()) {
            JdbcStatements.Totals before = JdbcStatements.totals();
            statement.execute("CREATE TABLE " + table + " (id integer PRIMARY KEY)");
            statement.addBatch("INSERT INTO " + table + " (id) VALUES (1)");
            statement.addBatch("INSERT INTO " + table + " (id) VALUES (2)");
            statement.executeBatch();
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + table)) {
                query.executeQuery().close();
            }
            JdbcStatements.Totals used = JdbcStatements.totals().since(before);
            assertEquals(new JdbcStatements.Totals(1, 3, 1, 2), used);
            assertEquals(4, used.executions(), "a batch counts one execution per row");
        }
    }

    @Test
    void aBatchOfPlainSqlTextsIsOneStatementWithItsTextsJoined() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(SQLITE));
                Statement statement = connection.createStatement();
                StatementCount count = JdbcStatements.count()) {
            statement.addBatch("CREATE TABLE " + table + " (id integer)");
            statement.addBatch("INSERT INTO " + table + " VALUES (1)");
            statement.executeBatch();
            statement.addBatch("INSERT INTO " + table + " VALUES (2)");
            statement.clearBatch();
            statement.executeBatch();
            assertEquals(List.of("CREATE TABLE " + table + " (id integer);\nINSERT INTO " + table + " VALUES (1)"),
                    count.statements());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void countsThroughAPoolOnlyTheStatementsOfTheCountingThread(String database) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url(database));
        config.setMaximumPoolSize(2);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE " + table + " (id integer)");
            }
            JdbcStatements.Totals before = JdbcStatements.totals();
            try (StatementCount count = JdbcStatements.count()) {
                insert(pool, 1);
                other.submit(() -> insert(pool, 2)).get();
                insert(pool, 3);
                assertEquals(2, count.total(), count::toString);
                assertEquals(List.of("INSERT INTO " + table + " (id) VALUES (?)",
                        "INSERT INTO " + table + " (id) VALUES (?)"), count.statements());
            }
            assertEquals(3, JdbcStatements.totals().since(before).statements(), "the totals count every thread");
        } finally {
            other.shutdownNow();
        }
    }

    private Void insert(HikariDataSource pool, int id) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO " + table + " (id) VALUES (?)")) {
            statement.setInt(1, id);
            statement.executeUpdate();
        }
        return null;
    }

    @Test
    void countsNestAndStopWhenClosed() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(SQLITE));
                Statement statement = connection.createStatement()) {
            StatementCount outer = JdbcStatements.count();
            statement.execute("SELECT 1");
            StatementCount inner = JdbcStatements.count();
            statement.execute("SELECT 2");
            inner.close();
            statement.execute("SELECT 3");
            outer.close();
            outer.close();
            statement.execute("SELECT 4");
            assertEquals(List.of("SELECT 1", "SELECT 2", "SELECT 3"), outer.statements());
            assertEquals(List.of("SELECT 2"), inner.statements());
            assertFalse(outer.isOpen());
            assertEquals("3 statements\n  1. SELECT 1\n  2. SELECT 2\n  3. SELECT 3", outer.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SQLITE, POSTGRES})
    void aStatementThatFailsIsCountedAndTheWrapperIsTransparent(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(database));
                StatementCount count = JdbcStatements.count()) {
            Statement statement = connection.createStatement();
            assertSame(connection, statement.getConnection(), "statements lead back to the counting connection");
            assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM no_such_table"));
            statement.close();
            Class<?> driverConnection = database.equals(SQLITE) ? org.sqlite.SQLiteConnection.class
                    : org.postgresql.PGConnection.class;
            assertTrue(connection.isWrapperFor(driverConnection));
            assertTrue(driverConnection.isInstance(connection.unwrap(driverConnection)));
            assertEquals(List.of("SELECT * FROM no_such_table"), count.statements());
        }
    }
}
