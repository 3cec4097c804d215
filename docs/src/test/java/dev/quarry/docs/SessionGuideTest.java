package dev.quarry.docs;

import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.session.Repositories;
import com.example.session.Walkthrough;
import dev.quarry.Database;
import dev.quarry.session.ObjectState;
import dev.quarry.testing.jdbc.CountingDriver;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/session.md, on SQLite and PostgreSQL. */
class SessionGuideTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void countStatements() {
        CountingDriver.install();
    }

    @Test
    void sqlite() {
        try (Database db = Blog.sqlite(dir)) {
            walkThrough(db);
            repositories(db);
        }
    }

    @Test
    void postgres() {
        try (Database db = Blog.postgres()) {
            walkThrough(db);
            repositories(db);
        }
    }

    /** The statements the repository sample's comments name, in order. */
    private static void repositories(Database db) {
        long users = db.select(USER).count();
        try (StatementCount count = JdbcStatements.count()) {
            assertTrue(Repositories.inSession(db));
            List<String> sent = count.statements().stream()
                    .map(sql -> sql.toLowerCase(Locale.ROOT).split(" ")[0] + " " + sql.toLowerCase(Locale.ROOT).split(" ")[1])
                    .toList();
            assertEquals(List.of("select \"id\",", "insert into", "update \"users\"", "select count(*)", "select \"id\",",
                    "delete from"), sent,
                    count::toString);
        }
        assertEquals("mathematician", db.select(USER).where(USER.email.eq("ada@example.com")).one().bio());
        assertEquals(users, db.select(USER).count());
        assertEquals(0, db.poolStats().active());
    }

    private static void walkThrough(Database db) {
        long users = db.select(USER).count();
        long id = Walkthrough.create(db);
        assertEquals("Kim", db.get(USER, id).orElseThrow().name());
        assertTrue(Walkthrough.readTwice(db, id));
        Walkthrough.rename(db, id, "writes Java");
        assertEquals("writes Java", db.get(USER, id).orElseThrow().bio());
        assertEquals(ObjectState.DETACHED, Walkthrough.delete(db, id));
        assertTrue(db.get(USER, id).isEmpty());
        assertEquals(ObjectState.TRANSIENT, Walkthrough.undo(db));
        assertEquals(users, db.select(USER).count());
        assertEquals(0, db.poolStats().active());
    }
}
