package dev.quarry.docs;

import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.session.Walkthrough;
import dev.quarry.Database;
import dev.quarry.session.ObjectState;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples of docs/guide/session.md, on SQLite and PostgreSQL. */
class SessionGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        try (Database db = Blog.sqlite(dir)) {
            walkThrough(db);
        }
    }

    @Test
    void postgres() {
        try (Database db = Blog.postgres()) {
            walkThrough(db);
        }
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
