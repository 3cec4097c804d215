package dev.quarry.testing;

import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.postgres.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real database per test class, for JUnit. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);
 * }</pre>
 *
 * <p>Before the class runs it creates a fresh database: on PostgreSQL a uniquely named schema
 * (the {@link Database} connects with {@code currentSchema} set to it), on SQLite a temporary
 * file. It creates the given tables with {@link Database#schema}. Before each test it deletes
 * every row of those tables; after each test it fails the test if a pooled connection is still
 * in use (a leaked stream or transaction). After the class it closes the database and drops the
 * schema (with {@code CASCADE}) or deletes the file.
 *
 * <p>The {@link Database} is available from {@link #db()} and as a test-method parameter.
 *
 * <p>Every connection, the pool's and {@link #connect()}'s, goes through the
 * {@link CountingDriver}, installed before the pool is created, so a test can count the statements
 * that reach the driver with {@link JdbcStatements#count()}:
 *
 * <pre>{@code
 * try (StatementCount count = JdbcStatements.count()) {
 *     db.get(USER, id);
 *     assertEquals(1, count.total(), count::toString);
 * }
 * }</pre>
 */
public final class DatabaseExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseExtension.class);

    private final TestDialect dialect;
    private final List<EntityTable<?, ?>> tables;

    private String url;
    private String schemaName;
    private Path file;
    private Database db;

    private DatabaseExtension(TestDialect dialect, List<EntityTable<?, ?>> tables) {
        this.dialect = dialect;
        this.tables = List.copyOf(tables);
    }

    /** A PostgreSQL database (see {@link PostgresServer} for where the server comes from). */
    public static DatabaseExtension postgres() {
        return new DatabaseExtension(TestDialect.POSTGRES, List.of());
    }

    /** A SQLite database in a temporary file. */
    public static DatabaseExtension sqlite() {
        return new DatabaseExtension(TestDialect.SQLITE, List.of());
    }

    /** An extension for {@code dialect}. */
    public static DatabaseExtension of(TestDialect dialect) {
        return new DatabaseExtension(Objects.requireNonNull(dialect, "dialect"), List.of());
    }

    /** The same extension, creating {@code tables} before the class runs and emptying them before each test. */
    public DatabaseExtension withTables(List<? extends EntityTable<?, ?>> tables) {
        Objects.requireNonNull(tables, "tables");
        List<EntityTable<?, ?>> all = new ArrayList<>(this.tables);
        all.addAll(tables);
        return new DatabaseExtension(dialect, all);
    }

    /** The dialect this extension runs on. */
    public TestDialect dialect() {
        return dialect;
    }

    /** Whether this extension runs on PostgreSQL. */
    public boolean isPostgres() {
        return dialect == TestDialect.POSTGRES;
    }

    /** The database of the running test class. */
    public Database db() {
        if (db == null) {
            throw new IllegalStateException("The database is open only while the test class runs;"
                    + " register the extension with @RegisterExtension on a static field");
        }
        return db;
    }

    /** The JDBC URL of the running test class's database (with its schema on PostgreSQL). */
    public String url() {
        if (url == null) {
            throw new IllegalStateException("The database is open only while the test class runs");
        }
        return url;
    }

    /** The PostgreSQL schema of the running test class; {@code null} on SQLite. */
    public String schemaName() {
        return schemaName;
    }

    /** The tables this extension creates, referenced tables first. */
    public List<EntityTable<?, ?>> tables() {
        return creationOrder(tables);
    }

    /** Opens a plain JDBC connection to the test class's database, for checks beside Quarry. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /** Runs statements through plain JDBC, in order, in auto-commit mode. */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test setup statement failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a query through plain JDBC and returns its rows, each as the list of its column
     * values ({@link ResultSet#getObject(int)}).
     */
    public List<List<Object>> query(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<List<Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(width);
                    for (int c = 1; c <= width; c++) {
                        row.add(rs.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test query failed: " + e.getMessage() + " [SQL: " + sql + "]", e);
        }
    }

    /** The first column of every row of a plain JDBC query, as strings. */
    public List<String> strings(String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        for (List<Object> row : query(sql, parameters)) {
            values.add(row.get(0) == null ? null : row.get(0).toString());
        }
        return values;
    }

    /** The single number a plain JDBC query returns (for example a {@code count(*)}). */
    public long number(String sql, Object... parameters) {
        List<List<Object>> rows = query(sql, parameters);
        if (rows.size() != 1 || !(rows.get(0).get(0) instanceof Number)) {
            throw new IllegalStateException("Expected one number from [" + sql + "], got " + rows);
        }
        return ((Number) rows.get(0).get(0)).longValue();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // Before the pool exists: the pool looks its driver up once, when it is created.
        CountingDriver.install();
        String testClass = context.getRequiredTestClass().getSimpleName();
        if (dialect == TestDialect.POSTGRES) {
            PostgresServer server = PostgresServer.get();
            schemaName = uniqueSchemaName(testClass);
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA \"" + schemaName + "\"");
            }
            url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schemaName;
        } else {
            file = Files.createTempFile("quarry-it-" + testClass + "-", ".db");
            url = "jdbc:sqlite:" + file.toAbsolutePath();
        }
        LOG.info("{} runs on {} {}", testClass, dialect, dialect == TestDialect.POSTGRES ? "schema " + schemaName : file);
        // Statements are logged so that tests can count them (StatementCounter); TestLogging prints
        // them only when asked to.
        db = Database.create(DatabaseConfig.builder(url).maximumPoolSize(4).minimumIdle(1).logSql(true).build());
        if (!tables.isEmpty()) {
            db.schema(creationOrder(tables)).createAll();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (tables.isEmpty()) {
            return;
        }
        List<EntityTable<?, ?>> order = creationOrder(tables);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (dialect == TestDialect.POSTGRES) {
                List<String> names = new ArrayList<>();
                for (EntityTable<?, ?> table : order) {
                    names.add(quote(table.name()));
                }
                statement.execute("TRUNCATE TABLE " + String.join(", ", names) + " RESTART IDENTITY CASCADE");
            } else {
                for (EntityTable<?, ?> table : order) {
                    for (TableSchema joinTable : table.joinTables()) {
                        statement.execute("DELETE FROM " + quote(joinTable.name()));
                    }
                }
                for (int i = order.size() - 1; i >= 0; i--) {
                    statement.execute("DELETE FROM " + quote(order.get(i).name()));
                }
                try (ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")) {
                    rs.next();
                    if (rs.getInt(1) == 1) {
                        statement.execute("DELETE FROM sqlite_sequence");
                    }
                }
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (db == null) {
            return;
        }
        int active = db.poolStats().active();
        if (active != 0) {
            throw new AssertionError("Connection leak: " + active + " pooled connection(s) still in use after "
                    + context.getDisplayName() + " in " + context.getRequiredTestClass().getSimpleName()
                    + " (a stream, transaction or result was not closed)");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            db = null;
            try {
                if (schemaName != null) {
                    try (Connection connection = PostgresServer.get().connect();
                            Statement statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA IF EXISTS \"" + schemaName + "\" CASCADE");
                    }
                }
                if (file != null) {
                    for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
                        Files.deleteIfExists(Path.of(file + suffix));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                schemaName = null;
                file = null;
                url = null;
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Database.class || type == DatabaseExtension.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Database.class ? db() : this;
    }

    /** Quotes an identifier the way both PostgreSQL and SQLite read it. */
    public static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String uniqueSchemaName(String testClass) {
        String base = testClass.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return "quarry_it_" + base + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The tables ordered so that every table comes after the tables its foreign keys reference. */
    static List<EntityTable<?, ?>> creationOrder(List<EntityTable<?, ?>> tables) {
        Map<String, EntityTable<?, ?>> byName = new LinkedHashMap<>();
        for (EntityTable<?, ?> table : tables) {
            byName.put(table.name(), table);
        }
        List<EntityTable<?, ?>> order = new ArrayList<>();
        List<String> visiting = new ArrayList<>();
        for (EntityTable<?, ?> table : tables) {
            visit(table, byName, order, visiting);
        }
        return order;
    }

    private static void visit(EntityTable<?, ?> table, Map<String, EntityTable<?, ?>> byName,
            List<EntityTable<?, ?>> order, List<String> visiting) {
        if (order.contains(table) || visiting.contains(table.name())) {
            return;
        }
        visiting.add(table.name());
        for (ForeignKeySchema foreignKey : table.schema().foreignKeys()) {
            EntityTable<?, ?> referenced = byName.get(foreignKey.referencedTable());
            if (referenced != null && referenced != table) {
                visit(referenced, byName, order, visiting);
            }
        }
        visiting.remove(table.name());
        order.add(table);
    }
}
