package dev.quarry.testing;

import dev.quarry.testing.postgres.PostgresServer;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.quarry.it.model.Tables;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The {@link DatabaseExtension} itself: it fails a test that leaks a connection, empties the
 * tables between tests, and removes the database after the class. The classes it runs are
 * nested here and run only through the JUnit test kit.
 */
class DatabaseExtensionIT {
    private static final String RUN_BY_TEST_KIT = "quarry.it.runByTestKit";

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
    }

    @Test
    void sqliteTablesAreEmptiedBetweenTestsAndTheFileIsDeletedAfterTheClass() {
        run(SqliteLifecycleTests.class).assertStatistics(stats -> stats.started(2).succeeded(2));
        assertNotNull(SqliteLifecycleTests.file);
        assertFalse(Files.exists(SqliteLifecycleTests.file), SqliteLifecycleTests.file + " was deleted");
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

        private static Stream<User> leaked;

        @Test
        @Order(1)
        void leaksAStream() {
            leaked = DB.db().select(USER).stream();
        }

        @Test
        @Order(2)
        void closesItsStream() {
            leaked.close();
            try (Stream<User> users = DB.db().select(USER).stream()) {
                assertEquals(0, users.count());
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
            database().db().insert(USER, new User(name, name + "@example.com", 1, UserStatus.ACTIVE));
            assertEquals(1, database().db().select(USER).count(), "the table was emptied before this test");
            assertEquals(1L, database().number("SELECT count(*) FROM users"));
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
}
