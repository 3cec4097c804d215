package com.example.blog;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.quarry.Database;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStepsTest {
    @Test
    void firstQueriesRunOnSqlite(@TempDir Path dir) {
        String url = "jdbc:sqlite:" + dir.resolve("blog.db");

        FirstSteps.Results results = FirstSteps.firstQueries(url);

        assertEquals(1, results.adults().size());
        assertEquals("ada@example.com", results.adults().get(0).email());
        assertNotNull(results.adults().get(0).createdAt());
        assertEquals("Ada", results.byKey().orElseThrow().name());
        assertEquals(2, results.posts());
        assertEquals(1, results.changed());
        assertEquals(2, results.deleted());
        try (Database db = Database.connect(url)) {
            User ada = db.select(USER).one();
            assertEquals("Analyst", ada.bio());
            assertEquals(0, db.select(POST).count());
            String sql = db.select(USER)                       // the SQL of the first select, without running it
                    .where(USER.age.ge(18).and(USER.name.like("A%")))
                    .orderBy(USER.name.asc())
                    .limit(20)
                    .toSql();
            assertEquals("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\" FROM \"users\""
                    + " WHERE \"age\" >= ? AND \"name\" LIKE ? ORDER BY \"name\" ASC LIMIT ?", sql);
        }
    }
}
