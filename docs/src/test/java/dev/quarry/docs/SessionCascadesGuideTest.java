package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.session.Cascading;
import dev.quarry.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cascades samples of docs/guide/session.md, on SQLite and PostgreSQL. */
class SessionCascadesGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        try (Database db = Blog.sqlite(dir)) {
            cascade(db);
        }
    }

    @Test
    void postgres() {
        try (Database db = Blog.postgres()) {
            cascade(db);
        }
    }

    private static void cascade(Database db) {
        long id = Cascading.newAuthor(db);
        Post hello = db.select(POST).where(POST.authorId.eq(id).and(POST.title.eq("Hello")))
                .load(selectIn(POST.tags)).one();
        assertEquals(1, hello.tags().size(), "the new tag and its join row were written");
        assertEquals(2, db.select(POST).where(POST.authorId.eq(id)).count());
        Cascading.untag(db, hello.id());
        assertTrue(db.select(POST).where(POST.id.eq(hello.id())).load(selectIn(POST.tags)).one().tags().isEmpty());
        Cascading.deleteAuthor(db, id);
        assertTrue(db.get(USER, id).isEmpty());
        assertEquals(0, db.select(POST).where(POST.authorId.eq(id)).count());
        assertEquals(0, db.poolStats().active());
    }
}
