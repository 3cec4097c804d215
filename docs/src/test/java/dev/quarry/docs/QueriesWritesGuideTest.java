package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Post;
import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.queries.BulkInserts;
import com.example.queries.RawSql;
import com.example.queries.Upserts;
import dev.quarry.Database;
import dev.quarry.StatementWatch;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.query.Tuple2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The samples of docs/guide/queries.md on upserts, RETURNING, INSERT ... SELECT, bulk inserts
 * (COPY on PostgreSQL) and raw SQL, on SQLite and PostgreSQL.
 */
class QueriesWritesGuideTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void upserts(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(1, Upserts.addTag(db, "java"));
            assertEquals(0, Upserts.addTag(db, "java"));
            assertEquals(0, Upserts.addTag(db, "history"));
            assertEquals(6, db.select(TAG).count());

            User ada = db.select(USER).where(USER.name.eq("Ada")).one();
            User again = Upserts.register(db, new User("Ada", "ada@example.com", 37));
            assertEquals(ada.id(), again.id());
            assertEquals(37, again.age());
            assertEquals("welcome back", again.bio());
            assertEquals(3, db.select(USER).count());

            User barbara = Upserts.register(db, new User("Barbara", "barbara@example.com", 30));
            assertNotNull(barbara.id());
            assertNull(barbara.bio());                       // inserted: DO UPDATE did not run
            assertNotNull(barbara.createdAt());              // the stored row, defaults included
            assertEquals(4, db.select(USER).count());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void returning(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            User barbara = db.insert(USER, new User("Barbara", "barbara@example.com", 30));
            assertEquals(Set.of("Ada", "Alan", "Grace"), Set.copyOf(Upserts.markAuthors(db)));
            assertEquals(3, db.select(USER).where(USER.bio.eq("author")).count());
            assertEquals(List.of(new Tuple2<>(barbara.id(), "Barbara")), Upserts.removeSilent(db));
            assertEquals(3, db.select(USER).count());
            assertEquals(List.of(), Upserts.removeSilent(db));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void insertSelect(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(2, Upserts.tagsFromSeniors(db));
            assertEquals(List.of("alan", "grace"), db.select(TAG).select(TAG.name)
                    .where(TAG.name.in(List.of("alan", "grace", "ada"))).orderBy(TAG.name.asc()).fetch());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void aWriteReadingAnotherTableOutsideASubqueryFailsBeforeItRuns(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertThrows(IllegalStateException.class, () -> db.update(USER).set(USER.bio, "x")
                    .where(USER.id.eq(POST.authorId)).execute());
            assertEquals(0, db.select(USER).where(USER.bio.isNotNull()).count());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void insertAllIsOneStatementAndReturnsTheStoredRows(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long ada = db.select(USER).where(USER.name.eq("Ada")).one().id();
            List<Post> drafts = List.of(new Post("Sketches", "...", ada), new Post("Diagrams", "...", ada));
            List<Post> stored;
            try (StatementWatch watch = db.watchStatements(1)) {
                stored = BulkInserts.publish(db, drafts);
                assertEquals(1, watch.total());
            }
            assertEquals(List.of("Sketches", "Diagrams"), stored.stream().map(Post::title).collect(Collectors.toList()));
            assertTrue(stored.stream().allMatch(p -> p.id() != null && p.createdAt() != null));
            assertEquals(8, db.select(POST).count());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void bulkInsertLoadsManyRowsInOneStatement(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long grace = db.select(USER).where(USER.name.eq("Grace")).one().id();
            List<Post> archive = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                archive.add(new Post("Archived " + i, "tab\tnew line\n and \\ backslash", grace));
            }
            try (StatementWatch watch = db.watchStatements(1)) {
                assertEquals(5_000, BulkInserts.load(db, archive));
                assertEquals(1, watch.total());
                if (kind == QueriesDb.POSTGRES) {
                    assertTrue(watch.counts().keySet().iterator().next().startsWith("COPY"), watch.counts()::toString);
                }
            }
            assertNull(archive.get(0).id());                                  // entities are not changed
            assertEquals(5_006, db.select(POST).count());
            assertEquals(5_000, db.select(POST).where(POST.title.like("Archived %"))
                    .where(POST.content.eq("tab\tnew line\n and \\ backslash"))
                    .where(POST.createdAt.isNotNull()).count());              // the server default filled in
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void aFailingRowInABulkInsertInsertsNothing(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long grace = db.select(USER).where(USER.name.eq("Grace")).one().id();
            List<Post> archive = List.of(new Post("Fine", "...", grace), new Post("No author", "...", 9_999L));
            assertThrows(ForeignKeyViolationException.class, () -> BulkInserts.load(db, archive));
            assertEquals(6, db.select(POST).count());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void rawSql(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Ada", "Alan", "Grace"), QueriesGuideTest.names(RawSql.olderThan(db, 30)));
            assertEquals(List.of("Alan", "Grace"), QueriesGuideTest.names(RawSql.olderThan(db, 40)));
            assertEquals(List.of(new RawSql.NameAge("Ada", 36), new RawSql.NameAge("Alan", 41)), RawSql.namesLike(db, "A%"));
            assertEquals(3, RawSql.countWithStatus(db, UserStatus.ACTIVE));
            assertEquals(0, RawSql.countWithStatus(db, UserStatus.SUSPENDED));

            User ada = db.select(USER).where(USER.name.eq("Ada")).one();
            db.update(USER).set(USER.bio, "Analyst").where(USER.id.eq(ada.id())).execute();
            assertEquals(1, RawSql.clearBio(db, ada.id()));
            assertNull(db.get(USER, ada.id()).orElseThrow().bio());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void rawSqlParameterMistakesFailBeforeTheDatabaseSeesThem(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> db.text("select * from users where age > :age").bind("agee", 30));
            assertTrue(unknown.getMessage().contains("agee"), unknown::getMessage);
            IllegalStateException unbound = assertThrows(IllegalStateException.class,
                    () -> db.text("select name from users where age > :age and name like :pattern")
                            .bind("age", 30).as(String.class).fetch());
            assertTrue(unbound.getMessage().contains("pattern"), unbound::getMessage);
        }
    }
}
