package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.queries.Joins;
import com.example.queries.SetOperations;
import com.example.queries.Subqueries;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The samples of docs/guide/queries.md on joins, subqueries and set operations, on SQLite and PostgreSQL. */
class QueriesJoinsGuideTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void joins(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of(new Joins.PostCount("Ada", 2), new Joins.PostCount("Alan", 2),
                    new Joins.PostCount("Grace", 2)), Joins.postsPerUser(db));
            assertEquals(List.of("Computable numbers"),
                    Joins.likedPostsOf(db, "Alan").stream().map(p -> p.title()).collect(Collectors.toList()));
            assertEquals(List.of(), Joins.likedPostsOf(db, "Ada"));
            assertEquals(List.of(new Tuple2<>("computing", 3L), new Tuple2<>("history", 3L), new Tuple2<>("engines", 1L)),
                    Joins.topTags(db));
            assertEquals(List.of(new Tuple2<>("Ada", 2L), new Tuple2<>("Alan", 1L), new Tuple2<>("Grace", 0L)),
                    Joins.olderUsers(db));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void aConditionOnATableNotJoinedFailsBeforeItRuns(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> db.select(USER).join(POST).on(POST.authorId.eq(USER.id))
                            .where(com.example.blog.Tag_.TAG.name.eq("math")).fetch());
            assertTrue(e.getMessage().contains("tags"), e::getMessage);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void subqueries(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            User barbara = db.insert(USER, new User("Barbara", "barbara@example.com", 30));
            assertEquals(Set.of("Ada", "Alan", "Grace"), Set.copyOf(QueriesGuideTest.names(Subqueries.authors(db))));
            assertEquals(List.of("Barbara"), Subqueries.silent(db));
            assertEquals(List.of("Alan", "Grace"), Subqueries.likedAuthors(db));
            assertEquals(List.of(new Tuple2<>("Ada", 2L), new Tuple2<>("Alan", 2L), new Tuple2<>("Barbara", 0L),
                    new Tuple2<>("Grace", 2L)), Subqueries.postCounts(db));
            assertEquals(List.of("Compilers"), Subqueries.mostLiked(db));
            assertTrue(barbara.id() != null);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void setOperations(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Ada"), SetOperations.youngOrSuspended(db));
            db.update(USER).set(USER.status, UserStatus.SUSPENDED).where(USER.name.eq("Grace")).execute();
            assertEquals(List.of("Ada", "Grace"), SetOperations.youngOrSuspended(db));
            long ada = db.select(USER).where(USER.name.eq("Ada")).one().id();
            assertEquals(List.of(ada), SetOperations.authorsWithoutLikes(db));
        }
    }
}
