package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.Tables;
import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.testing.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The guide's blog, for the tests that run its samples: a fresh database with the tables of
 * {@code com.example.blog} and a few rows in them.
 *
 * <ul>
 *   <li>Users: Ada (36), Alan (41), Grace (85); all ACTIVE.</li>
 *   <li>Posts: Ada "Notes on the Analytical Engine" (tags engines, history) and "Poetical science"
 *       (history, poetry); Alan "Computable numbers" (3 likes; computing, math) and
 *       "The imitation game" (computing); Grace "Compilers" (4 likes; computing, history) and
 *       "Nanoseconds" (no tags).</li>
 * </ul>
 */
public final class Blog {
    private Blog() {
    }

    /** A seeded blog in a new SQLite file in {@code dir}. */
    public static Database sqlite(Path dir) {
        return seeded(Database.connect("jdbc:sqlite:" + dir.resolve("blog-" + UUID.randomUUID() + ".db")));
    }

    /** A seeded blog in a new schema of the test PostgreSQL server (see {@link PostgresServer}). */
    public static Database postgres() {
        return seeded(Database.connect(postgresUrl()));
    }

    /** The URL of a new, empty schema on the test PostgreSQL server. */
    public static String postgresUrl() {
        PostgresServer server = PostgresServer.get();
        String schema = "docs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schema " + schema, e);
        }
        return server.jdbcUrl() + (server.jdbcUrl().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** Creates the tables in {@code db} and writes the rows listed above. */
    public static Database seeded(Database db) {
        db.schema(Tables.ALL).createAll();
        User ada = db.insert(USER, new User("Ada", "ada@example.com", 36));
        User alan = db.insert(USER, new User("Alan", "alan@example.com", 41));
        User grace = db.insert(USER, new User("Grace", "grace@example.com", 85));
        List<Tag> tags = db.insertAll(TAG, List.of(new Tag("engines"), new Tag("history"), new Tag("poetry"),
                new Tag("computing"), new Tag("math")));
        Tag engines = tags.get(0);
        Tag history = tags.get(1);
        Tag poetry = tags.get(2);
        Tag computing = tags.get(3);
        Tag math = tags.get(4);
        post(db, ada, "Notes on the Analytical Engine", 0, engines, history);
        post(db, ada, "Poetical science", 0, history, poetry);
        post(db, alan, "Computable numbers", 3, computing, math);
        post(db, alan, "The imitation game", 0, computing);
        post(db, grace, "Compilers", 4, computing, history);
        post(db, grace, "Nanoseconds", 0);
        return db;
    }

    private static void post(Database db, User author, String title, int likes, Tag... tags) {
        Post post = db.insert(POST, new Post(title, title + ", by " + author.name(), author.id()));
        if (likes > 0) {
            db.update(POST).set(POST.likes, likes).where(POST.id.eq(post.id())).execute();
        }
        for (Tag tag : tags) {
            db.link(POST.tags, post, tag);
        }
    }
}
