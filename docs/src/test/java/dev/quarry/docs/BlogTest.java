package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture the samples run on holds what its javadoc says, on both databases. */
class BlogTest {
    @Test
    void sqlite(@TempDir Path dir) {
        try (Database db = Blog.sqlite(dir)) {
            check(db);
        }
    }

    @Test
    void postgres() {
        try (Database db = Blog.postgres()) {
            check(db);
        }
    }

    private static void check(Database db) {
        assertEquals(3, db.select(USER).count());
        assertEquals(6, db.select(POST).count());
        assertEquals(7, db.select(POST).where(POST.likes.gt(0)).select(POST.likes).fetch().stream()
                .mapToInt(Integer::intValue).sum());
    }
}
