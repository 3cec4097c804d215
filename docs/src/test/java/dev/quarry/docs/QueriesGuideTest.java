package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.queries.Functions;
import com.example.queries.Projections;
import com.example.queries.Selecting;
import com.example.queries.Writing;
import dev.quarry.Database;
import dev.quarry.exception.NoResultException;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Tuple5;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The samples of docs/guide/queries.md on selecting, writing, projections and functions, run on
 * SQLite and PostgreSQL.
 */
class QueriesGuideTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void selecting(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Ada", "Alan"), names(Selecting.adultsNamedA(db)));
            List<Long> ids = db.select(USER).select(USER.id).fetch();
            assertEquals(List.of("Grace", "Alan", "Ada"), names(Selecting.someUsers(db, ids)));
            assertEquals(List.of("Ada"), names(Selecting.someUsers(db, ids.subList(0, 1))));
            assertEquals(List.of(), names(Selecting.someUsers(db, List.of())));
            assertEquals("Ada", Selecting.ada(db).name());
            assertTrue(Selecting.byEmail(db, "nobody@example.com").isEmpty());
            assertEquals("Grace", Selecting.byEmail(db, "grace@example.com").orElseThrow().name());
            assertEquals(2, Selecting.over40(db));
            db.delete(USER).where(USER.name.eq("Ada")).execute();
            assertThrows(NoResultException.class, () -> Selecting.ada(db));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void writing(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            User ada = Selecting.ada(db);
            assertEquals(1, Writing.setBioAndAge(db, ada.id()));
            User changed = db.get(USER, ada.id()).orElseThrow();
            assertEquals("Analyst", changed.bio());
            assertEquals(37, changed.age());
            assertEquals(4, Writing.deleteUnliked(db));
            assertEquals(List.of(3, 4), db.select(POST).select(POST.likes).orderBy(POST.likes.asc()).fetch());
            assertEquals(3, Writing.clearBios(db));
            assertEquals(0, db.select(USER).where(USER.bio.isNotNull()).count());
            assertEquals(2, Writing.deleteAllPosts(db));
            assertEquals(0, db.select(POST).count());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void projections(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Ada", "Alan", "Grace"), Projections.names(db));
            assertEquals(Set.of(new Tuple2<>("Ada", 36), new Tuple2<>("Alan", 41), new Tuple2<>("Grace", 85)),
                    Set.copyOf(Projections.namesAndAges(db)));
            assertEquals(List.of(new Projections.NameAge("Grace", 85), new Projections.NameAge("Alan", 41),
                    new Projections.NameAge("Ada", 36)), Projections.people(db));
            assertEquals(List.of(UserStatus.ACTIVE), Projections.statuses(db));
            assertEquals(Set.copyOf(Projections.namesAndAges(db)), Set.copyOf(Projections.sameFromExpressions(db)));
            assertEquals(162L, Projections.totalAge(db));
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void functions(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            Tuple3<Long, BigDecimal, Integer> stats = Functions.ageStats(db);
            assertEquals(3L, stats.first());
            assertEquals(0, new BigDecimal(54).compareTo(stats.second()), () -> "avg " + stats.second());
            assertEquals(85, stats.third());

            long alan = Selecting.byEmail(db, "alan@example.com").orElseThrow().id();
            long grace = Selecting.byEmail(db, "grace@example.com").orElseThrow().id();
            assertEquals(List.of(new Tuple2<>(alan, 2L), new Tuple2<>(grace, 2L)), Functions.prolificAuthors(db));

            List<Tuple5<String, Integer, String, String, Integer>> text = Functions.text(db);
            assertEquals(new Tuple5<>("ada", 15, "Ada <ada@example.com>", "-", 73), text.get(0));
            assertEquals(new Tuple5<>("grace", 17, "Grace <grace@example.com>", "-", 171), text.get(2));

            var more = Functions.more(db);
            assertEquals(List.of("younger", "older", "older"), more.stream().map(Tuple5::first).collect(Collectors.toList()));
            assertEquals(List.of("36", "41", "85"), more.stream().map(Tuple5::second).collect(Collectors.toList()));
            assertEquals(List.of(4, 1, 45), more.stream().map(Tuple5::fifth).collect(Collectors.toList()));
            assertNotNull(more.get(0).third());
            LocalDate today = more.get(0).fourth();
            assertTrue(Math.abs(today.toEpochDay() - LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay()) <= 1, today::toString);
        }
    }

    static List<String> names(List<User> users) {
        return users.stream().map(User::name).collect(Collectors.toList());
    }
}
