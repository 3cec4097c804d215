package dev.quarry.sample;

import static dev.quarry.sample.domain.Post_.POST;
import static dev.quarry.sample.domain.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.sample.domain.Post;
import dev.quarry.sample.domain.Tables;
import dev.quarry.sample.repository.PostRepository_Impl;
import dev.quarry.sample.repository.TagRepository_Impl;
import dev.quarry.sample.repository.UserRepository_Impl;
import dev.quarry.sample.service.BlogService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample end to end on its embedded default database, a SQLite file. */
class AppIT {
    @TempDir
    Path dir;

    @Test
    void runsTheDemoAndStoresWhatItPrints() throws Exception {
        Path file = dir.resolve("blog.db");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (Database db = Database.connect("jdbc:sqlite:" + file)) {
            db.schema(Tables.ALL).createAll();
            BlogService blog = new BlogService(db, new UserRepository_Impl(db), new PostRepository_Impl(db),
                    new TagRepository_Impl(db));
            new App(blog, new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();

            String out = buffer.toString(StandardCharsets.UTF_8);
            assertTrue(out.contains("Registered 3 authors:"), out);
            assertTrue(out.contains("Rejected a duplicate, nothing stored: email already registered: ada@example.com"), out);
            assertTrue(out.contains("Removed 1 of Ada's posts about numbers"), out);
            assertTrue(out.contains("Authors, their posts and tags, loaded in 3 statements:"), out);
            assertTrue(out.matches("(?s).*Alan Turing\\R    Computable numbers +3 likes \\[computing, math\\].*"), out);

            assertEquals(3, db.select(USER).count());
            assertEquals(0, db.select(USER).where(USER.name.eq("Impostor")).count());
            List<Post> popular = db.select(POST).where(POST.likes.ge(3)).orderBy(POST.likes.desc()).fetch();
            assertEquals(List.of(4, 3), popular.stream().map(Post::likes).toList());
            assertEquals(6, db.select(POST).count());
            assertEquals(0, db.poolStats().active());
        }
        assertTrue(Files.size(file) > 0);
    }
}
