package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static com.example.queries.Category_.CATEGORY;
import static dev.quarry.query.Sql.divide;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.User;
import com.example.queries.AdultUsers;
import com.example.queries.BulkInserts;
import com.example.queries.Category;
import com.example.queries.CommonTables;
import com.example.queries.DerivedTables;
import com.example.queries.KeysetPagination;
import com.example.queries.Streams;
import com.example.queries.Tables;
import com.example.queries.WindowFunctions;
import dev.quarry.Database;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.relation.Ref;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The samples of docs/guide/queries.md on keyset pagination, window functions, common and derived
 * tables, streams and query objects, on SQLite and PostgreSQL.
 */
class QueriesAdvancedGuideTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void keysetPagination(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Grace"), QueriesGuideTest.names(KeysetPagination.secondPage(db, 2)));
            assertEquals(List.of("Alan"), QueriesGuideTest.names(KeysetPagination.secondPage(db, 1)));
            User grace = db.select(USER).where(USER.name.eq("Grace")).one();
            assertEquals(List.of("Alan", "Ada"), QueriesGuideTest.names(KeysetPagination.afterOldest(db, grace)));

            assertThrows(IllegalStateException.class, () -> db.select(USER).orderBy(USER.age.asc()).seek(36, 1L));
            assertThrows(IllegalStateException.class,
                    () -> db.select(USER).orderBy(USER.bio.asc(), USER.id.asc()).seek("x", 1L));
            assertThrows(IllegalArgumentException.class,
                    () -> db.select(USER).orderBy(USER.age.asc(), USER.id.asc()).seek("36", 1L));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void windowFunctions(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            List<Tuple3<String, Long, Long>> ranked = WindowFunctions.ranked(db);
            assertEquals(List.of(
                    new Tuple3<>("Notes on the Analytical Engine", 1L, 3L),
                    new Tuple3<>("Poetical science", 2L, 3L),
                    new Tuple3<>("Computable numbers", 1L, 2L),
                    new Tuple3<>("The imitation game", 2L, 3L),
                    new Tuple3<>("Compilers", 1L, 1L),
                    new Tuple3<>("Nanoseconds", 2L, 3L)), ranked);

            List<Tuple3<String, String, BigDecimal>> running = WindowFunctions.running(db);
            assertEquals(Arrays.asList(null, "Notes on the Analytical Engine", null, "Computable numbers", null, "Compilers"),
                    running.stream().map(Tuple3::second).collect(Collectors.toList()));
            assertEquals(List.of(0, 0, 3, 3, 4, 4),
                    running.stream().map(t -> t.third().intValueExact()).collect(Collectors.toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void commonTables(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of(new Tuple2<>("Alan", 2L), new Tuple2<>("Grace", 2L)), CommonTables.postsBySeniors(db));

            db.schema(Tables.ALL).createAll();
            Category books = db.insert(CATEGORY, new Category(null, "Books", null));
            Category fiction = db.insert(CATEGORY, new Category(null, "Fiction", books.id()));
            db.insert(CATEGORY, new Category(null, "Poetry", fiction.id()));
            db.insert(CATEGORY, new Category(null, "Science", books.id()));
            Category music = db.insert(CATEGORY, new Category(null, "Music", null));
            db.insert(CATEGORY, new Category(null, "Jazz", music.id()));

            assertEquals(List.of("Books", "Fiction", "Poetry", "Science"), CommonTables.under(db, "Books"));
            assertEquals(List.of("Fiction", "Poetry"), CommonTables.under(db, "Fiction"));
            assertEquals(List.of("Books", "Music"), CommonTables.atDepth(db, 0));
            assertEquals(List.of("Fiction", "Jazz", "Science"), CommonTables.atDepth(db, 1));
            assertEquals(List.of("Poetry"), CommonTables.atDepth(db, 2));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void derivedTables(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of(new Tuple2<>("Ada", 0L), new Tuple2<>("Alan", 1L), new Tuple2<>("Grace", 1L)),
                    DerivedTables.likesPerUser(db));
            assertEquals(3, DerivedTables.prolific(db, 2).size());
            assertEquals(List.of(), DerivedTables.prolific(db, 3));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void streams(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long grace = db.select(USER).where(USER.name.eq("Grace")).one().id();
            List<Post> archive = new ArrayList<>();
            for (int i = 0; i < 3_000; i++) {
                archive.add(new Post("Archived " + i, "...", grace));
            }
            BulkInserts.load(db, archive);
            long expected = db.select(POST).select(POST.title).fetch().stream().mapToLong(String::length).sum();

            assertEquals(expected, Streams.totalTitleLength(db));
            assertEquals(0, db.poolStats().active(), "the stream released its connection");
            long inTransaction = db.transaction(tx -> Streams.totalTitleLength(db));
            assertEquals(expected, inTransaction);

            try (Stream<Post> posts = db.select(POST).stream()) {
                assertEquals(10, posts.limit(10).count());
                assertEquals(1, db.poolStats().active(), "an open stream holds a connection");
            }
            assertEquals(0, db.poolStats().active(), "closing it early released it");
            if (kind == QueriesDb.POSTGRES) {
                assertFalse(db.inTransaction());
            }
        }
    }

    @Test
    void onPostgresAStreamHandsOutRowsBeforeTheWholeResultIsRead() {
        try (Database db = QueriesDb.POSTGRES.open(dir)) {
            long grace = db.select(USER).where(USER.name.eq("Grace")).one().id();
            db.delete(POST).all().execute();
            List<Post> archive = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                archive.add(new Post(null, "Archived " + i, "...", grace, i == 4_500 ? 0 : 1, null, Ref.unloaded(), Set.of()));
            }
            BulkInserts.load(db, archive);
            // 100 / likes fails on the server at the 4,501st row (in insertion order, no sort):
            // with 1,000 rows per round trip, the rows of the first four round trips arrive first
            List<Integer> read = new ArrayList<>();
            try (Stream<Integer> values = db.select(POST).select(divide(Sql.<Post, Integer>value(100), POST.likes)).stream()) {
                assertThrows(SqlExecutionException.class, () -> values.forEach(read::add));
            }
            assertEquals(4_000, read.size());
            assertEquals(0, db.poolStats().active());
            assertFalse(db.inTransaction());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void queryObjects(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            AdultUsers adults = new AdultUsers(db);
            assertEquals(List.of("Ada", "Alan"), QueriesGuideTest.names(adults.firstPage(2)));
            assertEquals(3, adults.count());
            String sql = adults.sql(20);
            assertTrue(sql.startsWith("SELECT ") && sql.contains("\"age\" >= ?") && sql.endsWith("LIMIT ?"), sql);
            assertEquals(List.of(18, 20L), adults.parameters(20));
            assertEquals(List.of("Ada", "Alan", "Grace"), QueriesGuideTest.names(adults.firstPage(20)));
        }
    }
}
