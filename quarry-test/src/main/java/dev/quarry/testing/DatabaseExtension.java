package dev.quarry.testing;

import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.StatementWatch;
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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real database per test class, for JUnit 5. Register it with {@code @RegisterExtension} on a
 * static field, naming the tables to create (the processor's generated {@code Tables.ALL} names
 * all the entities of a package):
 *
 * <pre>{@code
 * class UserRepositoryTest {
 *     @RegisterExtension
 *     static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);
 *
 *     @Test
 *     void findsAUserByEmail(Database db) {
 *         db.insert(USER, new User("Ann", "ann@example.com"));
 *         assertEquals("Ann", new UserRepository_Impl(db).findByEmail("ann@example.com").orElseThrow().name);
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> Before the class runs the extension creates a fresh database: on
 * PostgreSQL a uniquely named schema (the {@link Database} connects with {@code currentSchema} set
 * to it), on SQLite a temporary file. It opens a {@link Database} on it and creates the given
 * tables with {@link Database#schema}, referenced tables first. Before each test it deletes every
 * row of those tables (and restarts their generated keys); after each test it fails the test if a
 * pooled connection is still in use (a stream, transaction or result that was not closed). After
 * the class it closes the database and drops the schema (with {@code CASCADE}) or deletes the
 * file. {@code @Nested} classes share the database of their enclosing class.
 *
 * <p><b>Where MariaDB comes from.</b> {@link #mariadb()} uses the server of
 * {@link MariadbServer#get()}: the JDBC URL in the environment variable
 * {@code QUARRY_TEST_MARIADB_URL}, else a local server at {@code 127.0.0.1:3306} (user root, no
 * password), else the test class fails saying how to provide one. Every test class gets a
 * database of its own on that server, dropped after the class; before each test the rows of the
 * tables are deleted and their {@code AUTO_INCREMENT} restarted.
 *
 * <p>The extension's callbacks run before the class's own {@code @BeforeAll} and
 * {@code @BeforeEach} methods, so those can already use {@link #db()}, for example to create
 * tables with other tools (tables the extension did not create are not emptied between tests).
 *
 * <p><b>Where PostgreSQL comes from.</b> {@link #postgres()} uses the server of
 * {@link PostgresServer#get()}, found once per JVM: the JDBC URL in the environment variable
 * {@code QUARRY_TEST_POSTGRES_URL} (for example
 * {@code jdbc:postgresql://localhost:5432/test?user=postgres&password=secret}), else a
 * Testcontainers PostgreSQL when Docker is available, else an embedded PostgreSQL. Every test
 * class gets its own schema on that server, so test classes never see each other's rows.
 *
 * <p><b>Counting statements.</b> Every connection, the pool's and {@link #connect()}'s, goes
 * through the {@link CountingDriver}, installed before the pool is created, so a test can count
 * the statements that reach the JDBC driver on its thread with {@link JdbcStatements#count()}:
 *
 * <pre>{@code
 * try (StatementCount count = JdbcStatements.count()) {
 *     db.get(USER, id);
 *     assertEquals(1, count.total(), count::toString);
 * }
 * }</pre>
 *
 * <p><b>The N+1 detector.</b> {@link #withMaxRunsPerStatement(int)} fails every test method in
 * which one statement shape runs more often than the limit (see
 * {@link Database#watchStatements(int)}).
 *
 * <p><b>SQL log.</b> Run the tests with {@code -Dquarry.test.logSql=true}
 * ({@link #LOG_SQL_PROPERTY}) to log every statement to the SLF4J logger {@code dev.quarry.sql}, or
 * turn the log on for one class with {@code withConfig(config -> config.logSql(true))}.
 *
 * <p>One instance serves one test class (and its nested classes); the tests of a class run one at
 * a time, as they do by default in JUnit. Instances are immutable until registered: every
 * {@code with...} method returns a new extension.
 */
public final class DatabaseExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, BeforeTestExecutionCallback, AfterTestExecutionCallback, ParameterResolver {
    /**
     * The system property that turns on Quarry's SQL log ({@link DatabaseConfig.Builder#logSql(boolean)})
     * for every database the extension opens, for reading what a failing test ran:
     * {@code mvn verify -Dquarry.test.logSql=true} (with Surefire or Failsafe, set it in their
     * {@code systemPropertyVariables} or {@code argLine}). A {@link #withConfig} configurer can still
     * turn the log off.
     */
    public static final String LOG_SQL_PROPERTY = "quarry.test.logSql";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);
    private static final String WATCH = "statementWatch";

    /** The databases the extension can create. */
    public enum Kind {
        /** A schema on a PostgreSQL server, from {@link PostgresServer#get()}. */
        POSTGRES,
        /** A SQLite database in a temporary file; needs {@code org.xerial:sqlite-jdbc} on the class path. */
        SQLITE,
        /**
         * A database on a MariaDB server, from {@link MariadbServer#get()}; needs
         * {@code org.mariadb.jdbc:mariadb-java-client} on the class path.
         */
        MARIADB
    }

    private final Kind kind;
    private final List<EntityTable<?, ?>> tables;
    private final List<Consumer<? super DatabaseConfig.Builder>> configurers;
    private final int maxRunsPerStatement;

    private int openClasses;
    private String url;
    private String schemaName;
    private String mariadbDatabase;
    private Path file;
    private Database db;

    private DatabaseExtension(Kind kind, List<EntityTable<?, ?>> tables,
            List<Consumer<? super DatabaseConfig.Builder>> configurers, int maxRunsPerStatement) {
        this.kind = kind;
        this.tables = List.copyOf(tables);
        this.configurers = List.copyOf(configurers);
        this.maxRunsPerStatement = maxRunsPerStatement;
    }

    /**
     * An extension that gives each test class a fresh schema on a PostgreSQL server.
     *
     * <pre>{@code
     * @RegisterExtension
     * static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);
     * }</pre>
     *
     * <p>The server is {@link PostgresServer#get()}: the URL in {@code QUARRY_TEST_POSTGRES_URL},
     * else Testcontainers, else an embedded PostgreSQL; if none can be had the test class fails
     * with a message saying how to provide one.
     *
     * @return a new extension for PostgreSQL, with no tables
     */
    public static DatabaseExtension postgres() {
        return of(Kind.POSTGRES);
    }

    /**
     * An extension that gives each test class a fresh SQLite database in a temporary file. Needs
     * the SQLite driver ({@code org.xerial:sqlite-jdbc}) on the test class path.
     *
     * <pre>{@code
     * @RegisterExtension
     * static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);
     * }</pre>
     *
     * @return a new extension for SQLite, with no tables
     */
    public static DatabaseExtension sqlite() {
        return of(Kind.SQLITE);
    }

    /**
     * An extension that gives each test class a fresh, uniquely named database on a MariaDB
     * server, dropped after the class. Needs the MariaDB driver
     * ({@code org.mariadb.jdbc:mariadb-java-client}) on the test class path.
     *
     * <pre>{@code
     * @RegisterExtension
     * static final DatabaseExtension DB = DatabaseExtension.mariadb().withTables(Tables.ALL);
     * }</pre>
     *
     * <p>The server is {@link MariadbServer#get()}: the URL in {@code QUARRY_TEST_MARIADB_URL},
     * else a local server at {@code 127.0.0.1:3306} (user root, empty password); if neither answers
     * the test class fails with a message saying how to provide one.
     *
     * @return a new extension for MariaDB, with no tables
     */
    public static DatabaseExtension mariadb() {
        return of(Kind.MARIADB);
    }

    /**
     * An extension for the database {@code kind}, for suites written once and run on several
     * databases:
     *
     * <pre>{@code
     * class UserPostgresTest extends UserTests {
     *     @RegisterExtension
     *     static final DatabaseExtension DB = DatabaseExtension.of(Kind.POSTGRES).withTables(Tables.ALL);
     * }
     * }</pre>
     *
     * @param kind the database to create for each test class
     * @return a new extension for {@code kind}, with no tables
     */
    public static DatabaseExtension of(Kind kind) {
        return new DatabaseExtension(Objects.requireNonNull(kind, "kind"), List.of(), List.of(), 0);
    }

    /**
     * The same extension, also creating {@code tables} before the class runs and emptying them
     * before each test. Tables may come in any order: each is created after the tables its foreign
     * keys reference.
     *
     * <pre>{@code
     * static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);
     * }</pre>
     *
     * @param tables the tables to create, in any order; usually the generated {@code Tables.ALL}
     * @return a new extension with this one's settings and tables, and {@code tables}
     */
    public DatabaseExtension withTables(List<? extends EntityTable<?, ?>> tables) {
        Objects.requireNonNull(tables, "tables");
        List<EntityTable<?, ?>> all = new ArrayList<>(this.tables);
        for (EntityTable<?, ?> table : tables) {
            all.add(Objects.requireNonNull(table, "a table in tables"));
        }
        return new DatabaseExtension(kind, all, configurers, maxRunsPerStatement);
    }

    /**
     * The same extension, also creating {@code tables} before the class runs and emptying them
     * before each test.
     *
     * <pre>{@code
     * static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(USER, POST);
     * }</pre>
     *
     * @param tables the tables to create, in any order
     * @return a new extension with this one's settings and tables, and {@code tables}
     */
    public DatabaseExtension withTables(EntityTable<?, ?>... tables) {
        return withTables(Arrays.asList(Objects.requireNonNull(tables, "tables")));
    }

    /**
     * The same extension, letting {@code configurer} change the {@link DatabaseConfig} of the
     * {@link Database} before it is opened. The extension sets a small pool ({@code maximumPoolSize}
     * 4, {@code minimumIdle} 1) and the SQL log of {@link #LOG_SQL_PROPERTY} (off by default)
     * first; configurers run after it, in the order they were added. The URL is the extension's.
     *
     * <pre>{@code
     * static final DatabaseExtension DB = DatabaseExtension.postgres()
     *         .withTables(Tables.ALL)
     *         .withConfig(config -> config.logSql(true).maximumPoolSize(8));
     * }</pre>
     *
     * @param configurer changes the configuration builder of the database
     * @return a new extension with this one's settings and the configurer added
     */
    public DatabaseExtension withConfig(Consumer<? super DatabaseConfig.Builder> configurer) {
        Objects.requireNonNull(configurer, "configurer");
        List<Consumer<? super DatabaseConfig.Builder>> all = new ArrayList<>(configurers);
        all.add(configurer);
        return new DatabaseExtension(kind, tables, all, maxRunsPerStatement);
    }

    /**
     * The same extension with Quarry's N+1 detector on for every test method: while a test method
     * runs, a {@link Database#watchStatements(int) statement watch} is open on its thread, and a
     * statement shape that is about to run for the {@code (maxRunsPerStatement + 1)}-th time throws
     * {@link dev.quarry.exception.RepeatedStatementException} naming the statement, which fails
     * the test. {@code @BeforeEach} and {@code @AfterEach} methods are not watched, so fixtures may
     * insert rows one by one; statements on other threads are not counted. A test can still open
     * its own, nested watch with another limit.
     *
     * <pre>{@code
     * static final DatabaseExtension DB = DatabaseExtension.postgres()
     *         .withTables(Tables.ALL)
     *         .withMaxRunsPerStatement(5);  // a loop of queries over 6 rows fails the test
     * }</pre>
     *
     * @param maxRunsPerStatement the most times one statement shape may run in a test method, at least 1
     * @return a new extension with this one's settings and the N+1 detector on
     * @throws IllegalArgumentException if {@code maxRunsPerStatement} is less than 1
     */
    public DatabaseExtension withMaxRunsPerStatement(int maxRunsPerStatement) {
        if (maxRunsPerStatement < 1) {
            throw new IllegalArgumentException(
                    "maxRunsPerStatement must be at least 1 (was " + maxRunsPerStatement + ")");
        }
        return new DatabaseExtension(kind, tables, configurers, maxRunsPerStatement);
    }

    /**
     * The kind of database this extension creates.
     *
     * @return {@link Kind#POSTGRES}, {@link Kind#SQLITE} or {@link Kind#MARIADB}
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Whether this extension runs on PostgreSQL (otherwise on SQLite).
     *
     * @return {@code true} for {@link Kind#POSTGRES}
     */
    public boolean isPostgres() {
        return kind == Kind.POSTGRES;
    }

    /**
     * Whether this extension runs on MariaDB.
     *
     * @return {@code true} for {@link Kind#MARIADB}
     */
    public boolean isMariadb() {
        return kind == Kind.MARIADB;
    }

    /**
     * The limit of {@link #withMaxRunsPerStatement(int)}, or 0 when the N+1 detector is off.
     *
     * @return the limit, or 0 when the detector is off
     */
    public int maxRunsPerStatement() {
        return maxRunsPerStatement;
    }

    /**
     * The database of the running test class, open from before the class's {@code @BeforeAll}
     * methods until after its {@code @AfterAll} methods. Test methods (and constructors,
     * {@code @BeforeEach} and {@code @AfterEach} methods) can also declare a {@link Database}
     * parameter instead.
     *
     * <pre>{@code
     * @Test
     * void countsUsers() {
     *     DB.db().insert(USER, new User("Ann", "ann@example.com"));
     *     assertEquals(1, DB.db().select(USER).count());
     * }
     * }</pre>
     *
     * @return the open database
     * @throws IllegalStateException outside the test class's lifecycle, or if the extension is not
     *     registered on a static field
     */
    public Database db() {
        if (db == null) {
            throw notOpen("db()");
        }
        return db;
    }

    /**
     * The JDBC URL of the running test class's database: on PostgreSQL the server's URL with
     * {@code currentSchema} set to {@link #schemaName()}, on SQLite {@code jdbc:sqlite:} and the
     * file, on MariaDB the server's URL naming {@link #databaseName()}. Useful to point other tools (a migration tool, a second pool) at the same database.
     *
     * <pre>{@code
     * try (Connection plain = DriverManager.getConnection(DB.url())) {
     *     // plain JDBC on the same database (on PostgreSQL, in the same schema)
     * }
     * }</pre>
     *
     * @return the JDBC URL of the open database
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public String url() {
        if (url == null) {
            throw notOpen("url()");
        }
        return url;
    }

    /**
     * The PostgreSQL schema of the running test class; {@code null} on SQLite or outside the test
     * class's lifecycle.
     *
     * <pre>{@code
     * DB.execute("CREATE VIEW " + DatabaseExtension.quote(DB.schemaName()) + ".adults AS ...");
     * }</pre>
     *
     * @return the schema's name, or {@code null}
     */
    public String schemaName() {
        return schemaName;
    }

    /**
     * The MariaDB database of the running test class, created for it and dropped after it;
     * {@code null} on PostgreSQL and SQLite or outside the test class's lifecycle.
     *
     * @return the database's name, or {@code null}
     */
    public String databaseName() {
        return mariadbDatabase;
    }

    /**
     * The tables this extension creates and empties, each after the tables its foreign keys
     * reference.
     *
     * @return an immutable list of the tables, referenced tables first
     */
    public List<EntityTable<?, ?>> tables() {
        return creationOrder(tables);
    }

    /**
     * Opens a plain JDBC connection to the test class's database, for checks beside Quarry. It is
     * not pooled and its statements are counted; close it.
     *
     * <pre>{@code
     * try (Connection connection = DB.connect()) {
     *     assertEquals(1, connection.createStatement().executeUpdate("DELETE FROM users"));
     * }
     * }</pre>
     *
     * @return a new connection; the caller closes it
     * @throws SQLException if the connection cannot be opened
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    /**
     * Runs statements through plain JDBC, in order, in auto-commit mode: for test data or schema
     * objects Quarry does not create.
     *
     * <pre>{@code
     * DB.execute("INSERT INTO users (name, email, age) VALUES ('Ann', 'ann@example.com', 30)");
     * }</pre>
     *
     * @param statements the SQL statements, without parameters
     * @throws IllegalStateException if a statement fails, with the database's message
     */
    public void execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException("Statement failed: " + e.getMessage() + " [SQL: " + sql + "]", e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not connect to the test database: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a query through plain JDBC and returns its rows, each as the list of its column values
     * ({@link ResultSet#getObject(int)}); {@code parameters} bind the query's {@code ?} in order.
     *
     * <pre>{@code
     * List<List<Object>> rows = DB.query("SELECT name, age FROM users WHERE age > ?", 18);
     * }</pre>
     *
     * @param sql the query, with {@code ?} placeholders
     * @param parameters the values of the placeholders, in order
     * @return the rows, in the order the database returned them
     * @throws IllegalStateException if the query fails, with the database's message and the SQL
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
            throw new IllegalStateException("Query failed: " + e.getMessage() + " [SQL: " + sql + "]", e);
        }
    }

    /**
     * The first column of every row of a plain JDBC query, as strings ({@code null} stays
     * {@code null}).
     *
     * <pre>{@code
     * assertEquals(List.of("Ann", "Bob"), DB.strings("SELECT name FROM users ORDER BY name"));
     * }</pre>
     *
     * @param sql the query, with {@code ?} placeholders
     * @param parameters the values of the placeholders, in order
     * @return the first column's values, in row order
     */
    public List<String> strings(String sql, Object... parameters) {
        List<String> values = new ArrayList<>();
        for (List<Object> row : query(sql, parameters)) {
            values.add(row.get(0) == null ? null : row.get(0).toString());
        }
        return values;
    }

    /**
     * The single number a plain JDBC query returns, for example a {@code count(*)}.
     *
     * <pre>{@code
     * assertEquals(2, DB.number("SELECT count(*) FROM users WHERE age > ?", 18));
     * }</pre>
     *
     * @param sql the query, with {@code ?} placeholders
     * @param parameters the values of the placeholders, in order
     * @return the number, as a {@code long}
     * @throws IllegalStateException if the query does not return exactly one row whose first
     *     column is a number
     */
    public long number(String sql, Object... parameters) {
        List<List<Object>> rows = query(sql, parameters);
        if (rows.size() != 1 || !(rows.get(0).get(0) instanceof Number)) {
            throw new IllegalStateException("Expected one number from [" + sql + "], got " + rows);
        }
        return ((Number) rows.get(0).get(0)).longValue();
    }

    /**
     * Quotes an SQL identifier the way both PostgreSQL and SQLite read it (double quotes, inner
     * double quotes doubled).
     *
     * <pre>{@code
     * DB.execute("DELETE FROM " + DatabaseExtension.quote("order"));
     * }</pre>
     *
     * @param identifier the table, column or schema name
     * @return the quoted identifier
     */
    public static String quote(String identifier) {
        return "\"" + Objects.requireNonNull(identifier, "identifier").replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return "DatabaseExtension[" + kind + ", " + tables.size() + " table(s)"
                + (maxRunsPerStatement > 0 ? ", maxRunsPerStatement=" + maxRunsPerStatement : "")
                + (url == null ? "" : ", " + (schemaName != null ? "schema " + schemaName
                        : mariadbDatabase != null ? "database " + mariadbDatabase : file)) + "]";
    }

    /** Creates the database, unless an enclosing class already did. */
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (openClasses++ > 0) {
            return;
        }
        try {
            open(context.getRequiredTestClass().getSimpleName());
        } catch (Exception | Error e) {
            openClasses = 0;
            try {
                close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Empties the tables. */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (db == null) {
            throw new ExtensionConfigurationException("DatabaseExtension was not opened before "
                    + context.getRequiredTestClass().getSimpleName() + ": register it with @RegisterExtension on a"
                    + " static field (JUnit calls beforeAll only on extensions in static fields)");
        }
        if (tables.isEmpty()) {
            return;
        }
        List<EntityTable<?, ?>> order = creationOrder(tables);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            if (kind == Kind.POSTGRES) {
                List<String> names = new ArrayList<>();
                for (EntityTable<?, ?> table : order) {
                    names.add(quote(table.name()));
                }
                statement.execute("TRUNCATE TABLE " + String.join(", ", names) + " RESTART IDENTITY CASCADE");
            } else if (kind == Kind.MARIADB) {
                emptyMariadbTables(statement, order);
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

    /**
     * Deletes the rows of the tables that have any, with foreign key checks off, and restarts
     * their generated keys ({@code TRUNCATE} would re-create every table, which is slower).
     */
    private static void emptyMariadbTables(Statement statement, List<EntityTable<?, ?>> order) throws SQLException {
        List<String> names = new ArrayList<>();
        for (EntityTable<?, ?> table : order) {
            names.add(table.name());
            for (TableSchema joinTable : table.joinTables()) {
                names.add(joinTable.name());
            }
        }
        List<String> filled = new ArrayList<>();
        StringBuilder probe = new StringBuilder();
        for (String name : names) {
            probe.append(probe.length() == 0 ? "" : " UNION ALL ").append("SELECT '").append(name.replace("'", "''"))
                    .append("' FROM ").append(backtick(name)).append(" HAVING count(*) > 0");
        }
        try (ResultSet rs = statement.executeQuery(probe.toString())) {
            while (rs.next()) {
                filled.add(rs.getString(1));
            }
        }
        if (filled.isEmpty()) {
            return;
        }
        statement.execute("SET FOREIGN_KEY_CHECKS = 0");
        try {
            for (String name : filled) {
                statement.execute("DELETE FROM " + backtick(name));
                statement.execute("ALTER TABLE " + backtick(name) + " AUTO_INCREMENT = 1");
            }
        } finally {
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static String backtick(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    /** Opens the statement watch of {@link #withMaxRunsPerStatement(int)}, on the test's thread. */
    @Override
    public void beforeTestExecution(ExtensionContext context) {
        if (maxRunsPerStatement > 0 && db != null) {
            context.getStore(NAMESPACE).put(WATCH, db.watchStatements(maxRunsPerStatement));
        }
    }

    /** Closes the statement watch, on the thread that opened it. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        StatementWatch watch = context.getStore(NAMESPACE).remove(WATCH, StatementWatch.class);
        if (watch != null) {
            watch.close();
        }
    }

    /** Fails the test if a pooled connection is still in use. */
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

    /** Closes the database and removes it, once the outermost class is done. */
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (openClasses == 0 || --openClasses > 0) {
            return;
        }
        close();
    }

    /** Resolves parameters of type {@link Database} and {@link DatabaseExtension}. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == Database.class || type == DatabaseExtension.class;
    }

    /** The {@link #db()} of the running test class, or this extension. */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Database.class ? db() : this;
    }

    private void open(String testClass) throws Exception {
        if (kind == Kind.SQLITE) {
            requireSqliteDriver();
        } else if (kind == Kind.MARIADB) {
            requireMariadbDriver();
        }
        // Before the pool exists: the pool looks its driver up once, when it is created.
        CountingDriver.install();
        if (kind == Kind.POSTGRES) {
            PostgresServer server = PostgresServer.get();
            String schema = uniqueSchemaName(testClass);
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + quote(schema));
            }
            schemaName = schema;
            url = server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        } else if (kind == Kind.MARIADB) {
            MariadbServer server = MariadbServer.get();
            String database = uniqueSchemaName(testClass);
            try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + backtick(database) + " CHARACTER SET utf8mb4");
            }
            mariadbDatabase = database;
            url = server.urlFor(database);
        } else {
            file = Files.createTempFile("quarry-test-" + testClass + "-", ".db");
            url = "jdbc:sqlite:" + file.toAbsolutePath();
        }
        LOG.info("{} runs on {} {}", testClass, kind, kind == Kind.POSTGRES ? "schema " + schemaName
                : kind == Kind.MARIADB ? "database " + mariadbDatabase : file);
        DatabaseConfig.Builder builder = DatabaseConfig.builder(url)
                .maximumPoolSize(4)
                .minimumIdle(1)
                .logSql(Boolean.getBoolean(LOG_SQL_PROPERTY));
        for (Consumer<? super DatabaseConfig.Builder> configurer : configurers) {
            configurer.accept(builder);
        }
        db = Database.create(builder.build());
        if (!tables.isEmpty()) {
            db.schema(creationOrder(tables)).createAll();
        }
    }

    private static void requireSqliteDriver() {
        try {
            DriverManager.getDriver("jdbc:sqlite:");   // the drivers on the class path, as JDBC finds them
        } catch (SQLException e) {
            throw new ExtensionConfigurationException("DatabaseExtension.sqlite() needs the SQLite JDBC driver: add"
                    + " org.xerial:sqlite-jdbc to the test dependencies", e);
        }
    }

    private static void requireMariadbDriver() {
        try {
            DriverManager.getDriver("jdbc:mariadb:");
        } catch (SQLException e) {
            throw new ExtensionConfigurationException("DatabaseExtension.mariadb() needs the MariaDB JDBC driver: add"
                    + " org.mariadb.jdbc:mariadb-java-client to the test dependencies", e);
        }
    }

    private void close() throws Exception {
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
                        statement.execute("DROP SCHEMA IF EXISTS " + quote(schemaName) + " CASCADE");
                    }
                }
                if (mariadbDatabase != null) {
                    try (Connection connection = MariadbServer.get().connect();
                            Statement statement = connection.createStatement()) {
                        statement.execute("DROP DATABASE IF EXISTS " + backtick(mariadbDatabase));
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
                mariadbDatabase = null;
                file = null;
                url = null;
            }
        }
    }

    private IllegalStateException notOpen(String method) {
        return new IllegalStateException("DatabaseExtension." + method + " is available only while the test class"
                + " runs (from before its @BeforeAll methods until after its @AfterAll methods); register the"
                + " extension with @RegisterExtension on a static field");
    }

    private static String uniqueSchemaName(String testClass) {
        String base = testClass.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        if (base.length() > 40) {
            base = base.substring(0, 40);
        }
        return "quarry_test_" + base + "_" + UUID.randomUUID().toString().substring(0, 8);
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
