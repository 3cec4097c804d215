package dev.quarry;

import static dev.quarry.fixture.Person_.PERSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.TransactionException;
import dev.quarry.fixture.Person;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Commit as you go ({@code db.connect()}) and the JDBC escape hatch; one subclass per dialect. */
abstract class ConnectionBehaviour extends DatabaseTestBase {
    @Test
    void commitMakesTheWorkVisibleToOtherConnections() {
        try (DatabaseConnection conn = db.connect()) {
            conn.insert(PERSON, person("Ada", 36));
            assertEquals(1, conn.select(PERSON).count(), "the connection sees its own work");
            assertEquals(0, db.select(PERSON).count(), "others do not see uncommitted work");
            conn.commit();
            assertEquals(1, db.select(PERSON).count(), "others see committed work");
            conn.insert(PERSON, person("Bob", 40));
            conn.commit();
        }
        assertEquals(2, db.select(PERSON).count());
        assertEquals(0, db.poolStats().active(), "the connection went back to the pool");
    }

    @Test
    void rollbackDiscardsTheWorkSinceTheLastCommit() {
        try (DatabaseConnection conn = db.connect()) {
            conn.insert(PERSON, person("Ada", 36));
            conn.commit();
            conn.insert(PERSON, person("Bob", 40));
            conn.rollback();
            assertEquals(1, conn.select(PERSON).count());
            conn.insert(PERSON, person("Cyd", 50));
            conn.commit();
        }
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void closingWithoutCommitRollsBack() {
        DatabaseConnection conn = db.connect();
        assertEquals(1, db.poolStats().active(), "the connection holds one pooled connection");
        conn.insert(PERSON, person("Ada", 36));
        conn.close();
        conn.close();
        assertTrue(conn.isClosed());
        assertEquals(0, db.select(PERSON).count());
        assertEquals(0, db.poolStats().active());
        TransactionException closed = assertThrows(TransactionException.class, () -> conn.select(PERSON).count());
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertThrows(TransactionException.class, conn::commit);
        assertThrows(TransactionException.class, conn::jdbcConnection);
    }

    @Test
    void statementsThroughTheDatabaseDoNotJoinTheConnection() {
        try (DatabaseConnection conn = db.connect()) {
            assertFalse(db.inTransaction());
            db.insert(PERSON, person("Ada", 36));
            conn.rollback();
        }
        assertEquals(1, db.select(PERSON).count(), "the database's insert ran on its own connection");
    }

    @Test
    void aNestedTransactionRunsOnASavepoint() {
        try (DatabaseConnection conn = db.connect()) {
            conn.insert(PERSON, person("Ada", 36));
            assertThrows(IllegalStateException.class, () -> conn.useTransaction(tx -> {
                tx.insert(PERSON, person("Bob", 40));
                throw new IllegalStateException("undo Bob");
            }));
            conn.useTransaction(tx -> tx.insert(PERSON, person("Cyd", 50)));
            conn.commit();
        }
        assertEquals(2, db.select(PERSON).count());
    }

    @Test
    void theJdbcConnectionSeesUncommittedRowsOfItsTransaction() throws SQLException {
        try (DatabaseConnection conn = db.connect()) {
            conn.insert(PERSON, person("Ada", 36));
            assertSame(conn.jdbcConnection(), conn.jdbcConnection());
            assertEquals(1, countPeople(conn.jdbcConnection()));
            conn.rollback();
            assertEquals(0, countPeople(conn.jdbcConnection()));
        }
        db.useTransaction(tx -> {
            tx.insert(PERSON, person("Ada", 36));
            assertEquals(1, countPeople(tx.jdbcConnection()));
            try (PreparedStatement insert = tx.jdbcConnection().prepareStatement(
                    "insert into people (name, email, age, status) values ('Bob', 'bob@example.com', 40, 'ACTIVE')")) {
                insert.executeUpdate();
            }
            assertEquals(2, tx.select(PERSON).count(), "Quarry sees what plain JDBC wrote in the transaction");
            tx.setRollbackOnly();
        });
        assertEquals(0, db.select(PERSON).count());
        Transaction[] ended = new Transaction[1];
        db.useTransaction(tx -> ended[0] = tx);
        assertThrows(TransactionException.class, ended[0]::jdbcConnection);
    }

    private static long countPeople(java.sql.Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from people");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void personIsAClassEntityWhoseKeyIsSetInPlace() {
        try (DatabaseConnection conn = db.connect()) {
            Person ada = person("Ada", 36);
            assertSame(ada, conn.insert(PERSON, ada));
            assertTrue(conn.get(PERSON, ada.id()).isPresent());
        }
    }
}
