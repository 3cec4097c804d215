package dev.quarry.testing;

import static dev.quarry.testing.model.Tables.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.quarry.Database;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.testing.model.Author;
import dev.quarry.testing.model.Tables;
import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The {@link DatabaseExtension}'s checks and clean-up, seen from outside: it fails a test that
 * leaks a connection or repeats a statement over the limit, says how to register it when it is
 * registered wrongly, shares its database with nested classes, and removes the database after the
 * class. The classes it runs are nested here and run only through the JUnit test kit.
 */
class DatabaseExtensionIT {
    private static final String RUN_BY_TEST_KIT = "quarry.test.runByTestKit";

    private static Events run(Class<?> testClass) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(RUN_BY_TEST_KIT, "true")
                .selectors(selectClass(testClass))
                .execute()
                .testEvents();
    }

    @Test
    void aTestThatLeaksAConnectionFailsNamingTheLeak() {
        Events events = run(LeakingTests.class);
        events.assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        events.assertThatEvents()
                .haveExactly(1, event(test("leaksAStream"), finishedWithFailure(instanceOf(AssertionError.class),
                        message("Connection leak: 1 pooled connection(s) still in use after leaksAStream() in LeakingTests"
                                + " (a stream, transaction or result was not closed)"))))
                .haveExactly(1, event(test("closesItsStream"), finishedSuccessfully()));
    }

    @Test
    void postgresTablesAreEmptiedBetweenTestsAndTheSchemaIsDroppedAfterTheClass() throws Exception {
        run(PostgresLifecycleTests.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertNotNull(PostgresLifecycleTests.schemaName);
        try (Connection connection = PostgresServer.get().connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")) {
            statement.setString(1, PostgresLifecycleTests.schemaName);
            try (ResultSet rs = statement.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, rs.getInt(1), "schema " + PostgresLifecycleTests.schemaName + " was dropped");
            }
        }
        assertFalse(PostgresLifecycleTests.DB.toString().contains("schema"), PostgresLifecycleTests.DB.toString());
    }

    @Test
    void sqliteTablesAreEmptiedBetweenTestsAndTheFileIsDeletedAfterTheClass() {
        run(SqliteLifecycleTests.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertNotNull(SqliteLifecycleTests.file);
        assertFalse(Files.exists(SqliteLifecycleTests.file), SqliteLifecycleTests.file + " was deleted");
    }

    @Test
    void theStatementLimitFailsATestThatRepeatsAStatementButNotItsFixtures() {
        Events events = run(RepeatingTests.class);
        events.assertStatistics(stats -> stats.started(3).succeeded(2).failed(1));
        events.assertThatEvents()
                .haveExactly(1, event(test("readsThreeAuthorsOneByOne"),
                        finishedWithFailure(instanceOf(RepeatedStatementException.class))))
                .haveExactly(1, event(test("readsTwoAuthorsOneByOne"), finishedSuccessfully()))
                .haveExactly(1, event(test("readsAllAuthorsAtOnce"), finishedSuccessfully()));
    }

    @Test
    void anExtensionInAnInstanceFieldFailsSayingToMakeItStatic() {
        run(InstanceFieldTests.class).assertThatEvents()
                .haveExactly(1, event(test("needsTheDatabase"), finishedWithFailure(
                        instanceOf(ExtensionConfigurationException.class),
                        message("DatabaseExtension was not opened before InstanceFieldTests: register it with"
                                + " @RegisterExtension on a static field (JUnit calls beforeAll only on extensions in"
                                + " static fields)"))));
    }

    @Test
    void nestedClassesShareTheDatabaseOfTheirEnclosingClass() {
        run(OuterTests.class).assertStatistics(stats -> stats.started(3).succeeded(3));
        assertEquals(3, OuterTests.databases.size());
        assertSame(OuterTests.databases.get(0), OuterTests.databases.get(1));
        assertSame(OuterTests.databases.get(0), OuterTests.databases.get(2));
    }

    @Test
    void theSystemPropertyTurnsTheSqlLogOnAndAConfigurerCanTurnItOff() {
        String before = System.getProperty(DatabaseExtension.LOG_SQL_PROPERTY);
        System.setProperty(DatabaseExtension.LOG_SQL_PROPERTY, "true");
        try {
            run(LogSqlTests.class).assertStatistics(stats -> stats.started(1).succeeded(1));
        } finally {
            if (before == null) {
                System.clearProperty(DatabaseExtension.LOG_SQL_PROPERTY);
            } else {
                System.setProperty(DatabaseExtension.LOG_SQL_PROPERTY, before);
            }
        }
        assertEquals(List.of(true, false), LogSqlTests.logSql);
    }

    /** Lets the nested classes run only inside the test kit, never on their own. */
    static final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(RUN_BY_TEST_KIT).isPresent()
                    ? ConditionEvaluationResult.enabled("run by DatabaseExtensionIT")
                    : ConditionEvaluationResult.disabled("run only by DatabaseExtensionIT");
        }
    }

    @ExtendWith(OnlyInTestKit.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class LeakingTests {
        @RegisterExtension
        static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

        private static Stream<Author> leaked;

        @Test
        @Order(1)
        void leaksAStream() {
            leaked = DB.db().select(AUTHOR).stream();
        }

        @Test
        @Order(2)
        void closesItsStream() {
            leaked.close();
            try (Stream<Author> authors = DB.db().select(AUTHOR).stream()) {
                assertEquals(0, authors.count());
            }
        }

        @AfterAll
        static void closeTheLeak() {
            leaked.close();
        }
    }

    /** Two tests that each find the table empty. */
    @ExtendWith(OnlyInTestKit.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class LifecycleTests {
        abstract DatabaseExtension database();

        private void insertAndCount(String name) {
            database().db().insert(AUTHOR, Author.named(name));
            assertEquals(1, database().db().select(AUTHOR).count(), "the table was emptied before this test");
            assertEquals(1L, database().number("SELECT count(*) FROM authors"));
        }

        @Test
        @Order(1)
        void first() {
            insertAndCount("first");
        }

        @Test
        @Order(2)
        void second() {
            insertAndCount("second");
        }
    }

    static class PostgresLifecycleTests extends LifecycleTests {
        @RegisterExtension
        static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

        static String schemaName;

        @Override
        DatabaseExtension database() {
            schemaName = DB.schemaName();
            return DB;
        }
    }

    static class SqliteLifecycleTests extends LifecycleTests {
        @RegisterExtension
        static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

        static Path file;

        @Override
        DatabaseExtension database() {
            file = Path.of(DB.url().substring("jdbc:sqlite:".length()));
            return DB;
        }
    }

    /** A limit of two runs per statement; the fixture inserts five authors one by one. */
    @ExtendWith(OnlyInTestKit.class)
    static class RepeatingTests {
        @RegisterExtension
        static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL)
                .withMaxRunsPerStatement(2);

        private final List<Long> ids = new ArrayList<>();

        @BeforeEach
        void insertAuthorsOneByOne(Database db) {
            for (int i = 0; i < 5; i++) {
                ids.add(db.insert(AUTHOR, Author.named("author " + i)).id());
            }
        }

        @Test
        void readsThreeAuthorsOneByOne(Database db) {
            for (long id : ids.subList(0, 3)) {
                db.get(AUTHOR, id).orElseThrow();
            }
        }

        @Test
        void readsTwoAuthorsOneByOne(Database db) {
            for (long id : ids.subList(0, 2)) {
                db.get(AUTHOR, id).orElseThrow();
            }
        }

        @Test
        void readsAllAuthorsAtOnce(Database db) {
            assertEquals(5, db.select(AUTHOR).fetch().size());
        }
    }

    /** Two extensions in one class: one with the default SQL log, one that turns it off. */
    @ExtendWith(OnlyInTestKit.class)
    static class LogSqlTests {
        @RegisterExtension
        static final DatabaseExtension LOGGED = DatabaseExtension.sqlite();

        @RegisterExtension
        static final DatabaseExtension QUIET = DatabaseExtension.sqlite().withConfig(config -> config.logSql(false));

        static final List<Boolean> logSql = new ArrayList<>();

        @Test
        void readsTheConfigs() {
            logSql.add(LOGGED.db().config().logSql());
            logSql.add(QUIET.db().config().logSql());
        }
    }

    @ExtendWith(OnlyInTestKit.class)
    static class InstanceFieldTests {
        @RegisterExtension
        final DatabaseExtension db = DatabaseExtension.sqlite();

        @Test
        void needsTheDatabase() {
            db.db();
        }
    }

    /** An outer test and two nested ones, each recording the database it gets. */
    @ExtendWith(OnlyInTestKit.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class OuterTests {
        @RegisterExtension
        static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

        static final List<Database> databases = new ArrayList<>();

        @Test
        void outer(Database db) {
            databases.add(db);
            db.insert(AUTHOR, Author.named("outer"));
        }

        @Nested
        class Inner {
            @Test
            void inner(Database db) {
                databases.add(db);
                assertEquals(0, db.select(AUTHOR).count(), "emptied before the nested test too");
            }

            @Nested
            class Innermost {
                @Test
                void innermost(Database db) {
                    databases.add(db);
                    assertSame(DB.db(), db);
                }
            }
        }
    }
}
