package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.dialects.Order_.ORDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.dialects.Decimals;
import com.example.dialects.Differences;
import com.example.dialects.Tables;
import dev.quarry.Database;
import dev.quarry.PoolStats;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/dialects.md, on SQLite and PostgreSQL. */
class DialectsGuideTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void countStatements() {
        CountingDriver.install();                      // before any pool is created
    }

    @Test
    void decimalsOnSqlite() {
        try (Database db = Database.connect("jdbc:sqlite:" + dir.resolve("decimals.db"))) {
            db.schema(Tables.ALL).createAll();
            assertEquals(List.of(2L, 1L, List.of(new BigDecimal("9.5"), new BigDecimal("10"))), Decimals.compare(db));
            db.delete(ORDER).all().execute();
            assertEquals(new BigDecimal("0.30000000000000004"), Decimals.sumOfTenthAndFifth(db));

            assertStored(db, "10.00", "10");
            assertStored(db, "1E+3", "1000");
            assertStored(db, "9.5", "9.5");
            assertStored(db, "-99999999.9999", "-99999999.9999");
            assertStored(db, "0.0001", "0.0001");
            assertStored(db, "1E+20", "100000000000000000000");
            assertStored(db, "1234.500", "1234.5");
            assertStored(db, "0.1234567890123456789", "0.12345678901234568");
            assertStored(db, "123456789012345678901234567890.5", "123456789012345680000000000000");
            for (String beyond : List.of("1E+400", "1E-400")) {
                SqlExecutionException refused = assertThrows(SqlExecutionException.class,
                        () -> Decimals.storeAndRead(db, new BigDecimal(beyond)));
                assertTrue(refused.getMessage().contains("SQLite cannot store the decimal"), refused::getMessage);
                assertEquals("22003", refused.sqlState());
            }
        }
    }

    @Test
    void decimalsOnPostgres() {
        try (Database db = Database.connect(Blog.postgresUrl())) {
            db.schema(Tables.ALL).createAll();
            assertEquals(List.of(2L, 1L, List.of(new BigDecimal("9.50"), new BigDecimal("10.00"))), Decimals.compare(db));
            db.delete(ORDER).all().execute();
            assertEquals(new BigDecimal("0.30"), Decimals.sumOfTenthAndFifth(db));
            for (String kept : List.of("10.00", "1234.500", "0.1234567890123456789", "123456789012345678901234567890.5")) {
                assertStored(db, kept, kept);
            }
        }
    }

    private static void assertStored(Database db, String written, String read) {
        assertEquals(new BigDecimal(read), Decimals.storeAndRead(db, new BigDecimal(written)), written);
    }

    @Test
    void sqlite() {
        try (Database db = Blog.sqlite(dir)) {
            assertEquals("sqlite", db.dialectName());
            String loadSql = differences(db);
            assertTrue(loadSql.contains("WHERE \"author_id\" IN (?, ?, ?)"), loadSql);
        }
        PoolStats memory = Differences.inMemory();
        assertEquals(1, memory.total());
    }

    @Test
    void postgres() {
        try (Database db = Blog.postgres()) {
            assertEquals("postgresql", db.dialectName());
            String loadSql = differences(db);
            assertTrue(loadSql.contains("WHERE \"author_id\" = ANY (?)"), loadSql);
        }
    }

    /** Runs the shared samples; returns the SQL of the select-in statement. */
    private static String differences(Database db) {
        // Ada 36, Alan 41, Grace 85: all ACTIVE, 54 on average
        assertEquals(1, Decimals.averageAgeAbove(db, new BigDecimal("53.9")).size());
        assertEquals(0, new BigDecimal("54").compareTo(Decimals.averageAgeAbove(db, new BigDecimal("53.9")).get(0).second()));
        assertEquals(UserStatus.ACTIVE, Decimals.averageAgeAbove(db, new BigDecimal("53.9")).get(0).first());
        assertEquals(0, Decimals.averageAgeAbove(db, new BigDecimal("54")).size());
        String loadSql;
        try (StatementCount count = JdbcStatements.count()) {
            List<User> users = Differences.usersWithPosts(db);
            assertEquals(List.of("Ada", "Alan", "Grace"), users.stream().map(User::name).toList());
            assertEquals(2, users.get(0).posts().size());
            assertEquals(2, count.total(), count::toString);
            loadSql = count.statements().get(1);
        }
        long before = db.select(POST).count();
        long ada = Differences.usersWithPosts(db).get(0).id();
        assertEquals(3, Differences.archive(db, List.of(new Post("Old 1", "...", ada), new Post("Old 2", "...", ada),
                new Post("Old 3", "...", ada))));
        assertEquals(before + 3, db.select(POST).count());
        assertThrows(ForeignKeyViolationException.class, () -> Differences.postByNobody(db));
        assertEquals(before + 3, db.select(POST).count());
        return loadSql;
    }
}
