package dev.quarry.testing;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.Tables;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Statements of a Quarry {@link Database} counted at the JDBC driver ({@link JdbcStatements}),
 * through the pool of the {@link DatabaseExtension}; run on each dialect by a subclass.
 */
abstract class JdbcStatementCountTests {
    private final DatabaseExtension database;

    JdbcStatementCountTests(DatabaseExtension database) {
        this.database = database;
    }

    static DatabaseExtension extension(DatabaseExtension.Kind kind) {
        return DatabaseExtension.of(kind).withTables(Tables.ALL);
    }

    private Database db() {
        return database.db();
    }

    private static User newUser(String name) {
        return new User(name, name.toLowerCase(Locale.ROOT) + "@example.com", 30, UserStatus.ACTIVE);
    }

    @Test
    void eachQueryOfTheDatabaseIsOneStatementAtTheDriver() {
        User ann = db().insert(USER, newUser("Ann"));
        try (StatementCount count = JdbcStatements.count()) {
            assertEquals("Ann", db().get(USER, ann.id).orElseThrow().name);
            assertEquals(1, db().select(USER).count());
            assertEquals(2, count.total(), count::toString);
            assertTrue(count.statements().stream().allMatch(sql -> sql.startsWith("SELECT")), count::toString);
            assertTrue(count.statements().get(0).contains("users"), count::toString);
        }
    }

    @Test
    void insertAllSendsOneStatementForManyRowsAndAgreesWithTheInsertCounter() {
        User author = db().insert(USER, newUser("Author"));
        List<Post> drafts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            drafts.add(Post.draft(author.id, "post " + i, "text " + i));
        }
        try (StatementCounter inserts = StatementCounter.inserts(database, "posts");
                StatementCount count = JdbcStatements.count()) {
            assertEquals(100, db().insertAll(POST, drafts).size());
            List<String> sent = count.statements();
            assertEquals(1, sent.size(), count::toString);
            assertTrue(sent.get(0).startsWith(database.isMariadb() ? "INSERT INTO `posts`" : "INSERT INTO \"posts\""),
                    count::toString);
            // Reading the trigger's count on PostgreSQL is a statement of its own, counted after.
            assertEquals(inserts.count(), sent.size());
        }
    }

    @Test
    void statementsInATransactionAreCountedButNotItsCommit() {
        try (StatementCount count = JdbcStatements.count()) {
            db().useTransaction(tx -> {
                tx.insert(USER, newUser("Bea"));
                tx.insert(USER, newUser("Cy"));
            });
            assertEquals(2, count.total(), count::toString);
        }
        assertEquals(2, db().select(USER).count());
    }

    @Test
    void statementsOnAnotherThreadAreNotCounted() throws Exception {
        User dan = db().insert(USER, newUser("Dan"));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (StatementCount count = JdbcStatements.count()) {
            other.submit(() -> db().get(USER, dan.id).orElseThrow()).get();
            assertEquals(0, count.total(), count::toString);
            db().get(USER, dan.id).orElseThrow();
            assertEquals(1, count.total(), count::toString);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void plainJdbcConnectionsOfTheExtensionAreCountedToo() throws Exception {
        try (StatementCount count = JdbcStatements.count();
                Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM users")) {
            statement.executeQuery().close();
            assertEquals(List.of("SELECT count(*) FROM users"), count.statements());
        }
    }
}
