package dev.quarry.sample;

import static dev.quarry.sample.domain.Post_.POST;
import static dev.quarry.sample.domain.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.sample.config.AppConfig;
import dev.quarry.sample.domain.Post;
import dev.quarry.sample.domain.Tables;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the sample end to end on its embedded default database, a SQLite file, twice. */
class AppIT {
    @TempDir
    Path dir;

    @Test
    void migratesRunsTheDemoAndRunsAgainOnTheSameDatabase() throws Exception {
        Path file = dir.resolve("blog.db");
        AppConfig config = new AppConfig("jdbc:sqlite:" + file, false);

        String first = run(config);
        assertTrue(first.contains("Schema at version 1 (1 migration applied now)"), first);
        assertDemo(first);
        String second = run(config);
        assertTrue(second.contains("Schema at version 1 (0 migrations applied now)"), second);
        assertDemo(second);

        try (Database db = Database.connect("jdbc:sqlite:" + file)) {
            assertEquals(3, db.select(USER).count());
            assertEquals(0, db.select(USER).where(USER.name.eq("Impostor")).count());
            List<Post> popular = db.select(POST).where(POST.likes.ge(3)).orderBy(POST.likes.desc()).fetch();
            assertEquals(List.of(4, 3), popular.stream().map(Post::likes).toList());
            assertEquals(6, db.select(POST).count());
            // the model and the migrations agree: a model change without a migration fails here
            db.migrations(MigrationConfig.builder().model(Tables.ALL).build()).check();
        }
        assertTrue(Files.size(file) > 0);
    }

    private static String run(AppConfig config) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        App.start(config, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void assertDemo(String out) {
        assertTrue(out.contains("Registered 3 authors:"), out);
        assertTrue(out.contains("Rejected a duplicate, nothing stored: email already registered: ada@example.com"), out);
        assertTrue(out.contains("Removed 1 of Ada's posts about numbers"), out);
        assertTrue(out.contains("Authors, their posts and tags, loaded in 3 statements:"), out);
        assertTrue(out.matches("(?s).*Alan Turing\\R    Computable numbers +3 likes \\[computing, math\\].*"), out);
    }
}
