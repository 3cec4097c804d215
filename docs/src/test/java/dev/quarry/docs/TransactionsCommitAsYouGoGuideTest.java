package dev.quarry.docs;

import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.transactions.CommitAsYouGo;
import dev.quarry.Database;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Commit as you go" samples of docs/guide/transactions.md, on SQLite and PostgreSQL. */
class TransactionsCommitAsYouGoGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() throws SQLException {
        try (Database db = Blog.sqlite(dir)) {
            commitAsYouGo(db);
        }
    }

    @Test
    void postgres() throws SQLException {
        try (Database db = Blog.postgres()) {
            commitAsYouGo(db);
        }
    }

    private static void commitAsYouGo(Database db) throws SQLException {
        CommitAsYouGo.signUp(db);
        assertEquals(1, db.select(USER).where(USER.name.eq("Kim")).count());
        assertEquals(0, db.select(USER).where(USER.name.in(java.util.List.of("Lee", "Max"))).count());
        assertEquals(1, CommitAsYouGo.countInside(db));
        assertEquals(0, db.poolStats().active());
    }
}
