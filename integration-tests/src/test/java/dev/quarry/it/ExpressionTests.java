package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.POST_TAG;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.avg;
import static dev.quarry.query.Sql.cast;
import static dev.quarry.query.Sql.coalesce;
import static dev.quarry.query.Sql.concat;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.countDistinct;
import static dev.quarry.query.Sql.currentDate;
import static dev.quarry.query.Sql.divide;
import static dev.quarry.query.Sql.function;
import static dev.quarry.query.Sql.length;
import static dev.quarry.query.Sql.lower;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.min;
import static dev.quarry.query.Sql.multiply;
import static dev.quarry.query.Sql.now;
import static dev.quarry.query.Sql.subtract;
import static dev.quarry.query.Sql.sum;
import static dev.quarry.query.Sql.sumLong;
import static dev.quarry.query.Sql.upper;
import static dev.quarry.query.Sql.value;
import static dev.quarry.query.Sql.when;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.it.model.User_;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL expression language against real data: projections, functions, aggregates with
 * grouping, joins (with the blog's statistics) and hostile strings. Users Ann 25, Bob 30, Cid 35
 * (no posts), Dee 40; Ann wrote A1-A3, Bob B1-B2, Dee D1; tags used java 4, sql 3, go 2, kotlin 1,
 * rust 1, c 0 times.
 */
abstract class ExpressionTests extends DialectTests {
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Post> posts = new HashMap<>();

    protected ExpressionTests(DatabaseExtension database) {
        super(database);
    }

    /** A user's name and age, for {@code into}. */
    record NameAge(String name, int age) {
    }

    /** A line of the posts-per-user statistic. */
    record PostCount(String author, long posts) {
    }

    @BeforeEach
    void blog() {
        for (User user : db().insertAll(USER, List.of(newUser("Ann", 25).withBio("sql fan"), newUser("Bob", 30),
                newUser("Cid", 35).withBio("quiet"), newUser("Dee", 40)))) {
            users.put(user.name, user);
        }
        users.get("Bob").status = UserStatus.SUSPENDED;
        db().update(USER).set(USER.status, UserStatus.SUSPENDED).where(USER.name.eq("Bob")).execute();
        for (String title : List.of("A1", "A2", "A3", "B1", "B2", "D1")) {
            User author = users.get(title.startsWith("A") ? "Ann" : title.startsWith("B") ? "Bob" : "Dee");
            posts.put(title, insertPost(author, title));
        }
        Map<String, Tag> tags = new HashMap<>();
        for (String name : List.of("java", "sql", "go", "rust", "kotlin", "c")) {
            tags.put(name, db().insert(TAG, new Tag(name)));
        }
        List<PostTag> links = new ArrayList<>();
        Map<String, List<String>> tagged = Map.of("java", List.of("A1", "A2", "B1", "D1"), "sql", List.of("A1", "A3", "B2"),
                "go", List.of("A2", "B1"), "rust", List.of("A3"), "kotlin", List.of("B2"));
        tagged.forEach((tag, titles) -> {
            for (int i = 0; i < titles.size(); i++) {
                links.add(new PostTag(posts.get(titles.get(i)).id(), tags.get(tag).id, i, null));
            }
        });
        db().insertAll(POST_TAG, links);
    }

    // ---------------------------------------------------------------- projections

    @Test
    void scalarTupleAndRecordProjections() {
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), db().select(USER).select(USER.name).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of(new Tuple2<>("Dee", 40), new Tuple2<>("Cid", 35)),
                db().select(USER).where(USER.age.ge(35)).select(USER.name, USER.age).orderBy(USER.age.desc()).fetch());
        assertEquals(List.of(new NameAge("Ann", 25), new NameAge("Bob", 30)),
                db().select(USER).where(USER.age.lt(35)).select(USER.name, USER.age).into(NameAge::new)
                        .orderBy(USER.name.asc()).fetch());
        Tuple3<String, UserStatus, String> bob = db().select(USER).where(USER.name.eq("Bob"))
                .select(USER.name, USER.status, USER.bio).one();
        assertEquals(new Tuple3<>("Bob", UserStatus.SUSPENDED, null), bob, "enums and NULLs read back");
        assertEquals(List.of("BOB!"), db().select(USER).where(USER.name.eq("Bob"))
                .select(USER.name).map(name -> name.toUpperCase() + "!").fetch());
        try (Stream<String> names = db().select(USER).select(USER.email).orderBy(USER.email.asc()).stream()) {
            assertEquals("ann@example.com", names.findFirst().orElseThrow());
        }
        assertThrows(NonUniqueResultException.class, () -> db().select(USER).select(USER.name).findOne());
        assertTrue(db().select(USER).where(USER.name.eq("Nobody")).select(USER.age).findOne().isEmpty());
    }

    @Test
    void selectOfExpressionsFromTheirTable() {
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), db().select(USER.name).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of(new NameAge("Cid", 35), new NameAge("Dee", 40)),
                db().select(USER.name, USER.age).into(NameAge::new).where(USER.age.ge(35)).orderBy(USER.age.asc()).fetch());
        Long ann = users.get("Ann").id;
        assertEquals(List.of(new Tuple3<>(ann, 3L, "A1")),
                db().select(POST.authorId, count(), min(POST.title)).groupBy(POST.authorId)
                        .having(count(POST.id).gt(2L)).fetch());
        assertEquals(new Tuple2<>(4L, 130L), db().select(count(), sumLong(USER.age)).one(), "an aggregate without a column");
        assertEquals(List.of("Bob"), db().transaction(tx -> tx.select(USER.name).where(USER.name.eq("Bob")).fetch()),
                "in a transaction too");
        IllegalArgumentException twoTables = assertThrows(IllegalArgumentException.class,
                () -> db().select(USER.name, POST.title));
        assertTrue(twoTables.getMessage().contains("start from a table and join"), twoTables.getMessage());
    }

    @Test
    void distinct() {
        assertEquals(List.of(UserStatus.ACTIVE, UserStatus.SUSPENDED),
                db().select(USER).select(USER.status).distinct().orderBy(USER.status.asc()).fetch());
        assertEquals(List.of(users.get("Ann").id, users.get("Bob").id, users.get("Dee").id),
                db().select(POST).select(POST.authorId).distinct().orderBy(POST.authorId.asc()).fetch());
    }

    // ---------------------------------------------------------------- aggregates and functions

    @Test
    void aggregates() {
        Tuple3<Long, BigDecimal, BigDecimal> totals = db().select(USER).select(count(), sum(USER.age), avg(USER.age)).one();
        assertEquals(4L, totals.first());
        assertEquals(0, new BigDecimal(130).compareTo(totals.second()));
        assertEquals(0, new BigDecimal("32.5").compareTo(totals.third()));
        assertEquals(new Tuple2<>(25, 40), db().select(USER).select(min(USER.age), max(USER.age)).one());
        assertEquals(2L, db().select(USER).select(count(USER.bio)).one(), "COUNT(column) skips NULLs");
        assertEquals(3L, db().select(POST).select(countDistinct(POST.authorId)).one());
        assertEquals("Ann", db().select(USER).select(min(USER.name)).one());
        assertTrue(db().select(USER).where(USER.age.gt(99)).select(sum(USER.age)).findOne().isEmpty(),
                "SUM of no rows is NULL");
    }

    @Test
    void sumLongOfIntegerColumns() {
        Long years = db().select(USER).select(sumLong(USER.age)).one();
        assertEquals(130L, years, "SUM of an integer column (bigint on PostgreSQL)");
        Long ann = users.get("Ann").id;
        Long bob = users.get("Bob").id;
        Long dee = users.get("Dee").id;
        assertEquals(List.of(new Tuple2<>(ann, 3 * ann), new Tuple2<>(bob, 2 * bob), new Tuple2<>(dee, dee)),
                db().select(POST).select(POST.authorId, sumLong(POST.authorId))
                        .groupBy(POST.authorId).orderBy(POST.authorId.asc()).fetch(),
                "SUM of a bigint column (numeric on PostgreSQL) read as a Long");
        assertEquals(ann + bob + dee, db().select(USER).where(USER.name.ne("Cid")).select(sumLong(USER.id)).one());
        assertTrue(db().select(USER).where(USER.age.gt(99)).select(sumLong(USER.age)).findOne().isEmpty(),
                "SUM of no rows is NULL");
    }

    @Test
    void groupByAndHaving() {
        Long ann = users.get("Ann").id;
        Long bob = users.get("Bob").id;
        assertEquals(List.of(new Tuple2<>(ann, 3L), new Tuple2<>(bob, 2L)),
                db().select(POST).select(POST.authorId, count())
                        .groupBy(POST.authorId)
                        .having(count(POST.id).gt(1L))
                        .orderBy(count(POST.id).desc())
                        .fetch());
        assertEquals(List.of(new Tuple2<>(UserStatus.ACTIVE, 3L), new Tuple2<>(UserStatus.SUSPENDED, 1L)),
                db().select(USER).select(USER.status, count()).groupBy(USER.status).orderBy(USER.status.asc()).fetch());
    }

    @Test
    void functionsArithmeticCaseAndCast() {
        var row = db().select(USER).where(USER.name.eq("Ann"))
                .select(lower(USER.name), upper(USER.name), length(USER.email), concat(USER.name, value(" <"), USER.email,
                        value(">")), coalesce(USER.bio, "-"), add(multiply(USER.age, 2), 1))
                .one();
        assertEquals("ann", row.first());
        assertEquals("ANN", row.second());
        assertEquals(15, row.third());
        assertEquals("Ann <ann@example.com>", row.fourth());
        assertEquals("sql fan", row.fifth());
        assertEquals(51, row.sixth());
        assertEquals(List.of("-", "-"), db().select(USER).where(USER.bio.isNull()).select(coalesce(USER.bio, "-")).fetch());
        assertEquals(List.of(13), db().select(USER).where(USER.name.eq("Ann"))
                .select(subtract(USER.age, divide(USER.age, 2))).fetch(), "integer division, as in SQL");
        assertEquals(List.of("young", "young", "middle", "old"), db().select(USER)
                .select(when(USER.age.lt(31), "young").when(USER.age.lt(36), "middle").otherwise("old"))
                .orderBy(USER.age.asc()).fetch());
        assertEquals(List.of("25"), db().select(USER).where(USER.name.eq("Ann")).select(cast(USER.age, String.class)).fetch());
        assertEquals(List.of(5), db().select(USER).where(USER.name.eq("Ann"))
                .select(function("abs", Integer.class, subtract(USER.age, 30))).fetch());
        assertEquals(List.of("Ann", "Cid", "Dee"), db().select(USER).where(length(USER.bio).ge(5).or(USER.age.eq(40)))
                .select(USER.name).orderBy(USER.name.asc()).fetch());
    }

    @Test
    void currentTimeAndDate() {
        Tuple2<Instant, LocalDate> clock = db().select(USER).where(USER.name.eq("Ann")).select(now(), currentDate()).one();
        assertTrue(Duration.between(clock.first(), Instant.now()).abs().toMinutes() < 5, clock.first().toString());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertTrue(!clock.second().isBefore(today.minusDays(1)) && !clock.second().isAfter(today.plusDays(1)),
                clock.second().toString());
        assertEquals(4, db().select(USER).where(USER.createdAt.le(Sql.now())).count());
    }

    // ---------------------------------------------------------------- joins

    @Test
    void innerAndLeftJoins() {
        assertEquals(List.of("A1", "A2", "A3"), db().select(POST).join(USER).on(USER.id.eq(POST.authorId))
                .where(USER.name.eq("Ann")).orderBy(POST.title.asc()).select(POST.title).fetch());
        assertEquals(List.of(new Tuple2<>("Ann", 3L), new Tuple2<>("Bob", 2L), new Tuple2<>("Cid", 0L), new Tuple2<>("Dee", 1L)),
                db().select(USER).leftJoin(POST).on(POST.authorId.eq(USER.id))
                        .select(USER.name, count(POST.id)).groupBy(USER.id, USER.name).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of("Cid"), db().select(USER).leftJoin(POST).on(POST.authorId.eq(USER.id))
                .where(POST.id.isNull()).fetch().stream().map(user -> user.name).toList());
        assertEquals(6, db().select(USER).join(POST).on(POST.authorId.eq(USER.id)).count());
        assertEquals(3, db().select(USER).join(POST).on(POST.authorId.eq(USER.id)).distinct().count());
    }

    @Test
    void rightAndFullJoins() {
        assertEquals(List.of(new Tuple2<>("A1", "Ann"), new Tuple2<>("A2", "Ann")),
                db().select(POST).rightJoin(USER).on(USER.id.eq(POST.authorId))
                        .where(USER.name.eq("Ann")).select(POST.title, USER.name).orderBy(POST.title.asc()).limit(2).fetch());
        if (mariadb()) {
            // MariaDB has no FULL JOIN: the query fails before it runs, saying what to write instead
            try (StatementCount count = JdbcStatements.count()) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> db().select(POST).fullJoin(USER).on(USER.id.eq(POST.authorId)).select(USER.name).fetch());
                assertTrue(e.getMessage().startsWith("MariaDB has no FULL JOIN"), e.getMessage());
                assertEquals(0, count.total(), count::toString);
            }
            return;
        }
        List<Tuple2<String, String>> full = db().select(POST).fullJoin(USER).on(USER.id.eq(POST.authorId))
                .select(USER.name, POST.title).orderBy(USER.name.asc(), POST.title.asc()).fetch();
        assertEquals(7, full.size());
        assertTrue(full.contains(new Tuple2<>("Cid", null)), full.toString());
    }

    @Test
    void selfJoinThroughAnAlias() {
        User_ older = USER.as("older");
        assertEquals(List.of(new Tuple2<>("Ann", 3L), new Tuple2<>("Bob", 2L), new Tuple2<>("Cid", 1L)),
                db().select(USER).join(older).on(older.age.gt(USER.age))
                        .select(USER.name, count(older.id)).groupBy(USER.name).orderBy(USER.name.asc()).fetch());
    }

    @Test
    void aTableOutsideTheFromClauseFailsBeforeRunning() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> db().select(POST).join(USER).on(USER.id.eq(POST.authorId)).where(TAG.name.eq("java")).fetch());
        assertTrue(e.getMessage().contains("reads table tag, which is not in its FROM clause (posts, users)"),
                e.getMessage());
    }

    // ---------------------------------------------------------------- the blog's statistics

    @Test
    void postsPerUser() {
        assertEquals(List.of(new PostCount("Ann", 3), new PostCount("Bob", 2), new PostCount("Dee", 1)),
                db().select(USER).join(POST).on(POST.authorId.eq(USER.id))
                        .select(USER.name, count(POST.id)).into(PostCount::new)
                        .groupBy(USER.id, USER.name)
                        .orderBy(count(POST.id).desc(), USER.name.asc())
                        .fetch());
    }

    @Test
    void fiveMostUsedTags() {
        assertEquals(List.of(new Tuple2<>("java", 4L), new Tuple2<>("sql", 3L), new Tuple2<>("go", 2L),
                        new Tuple2<>("kotlin", 1L), new Tuple2<>("rust", 1L)),
                db().select(TAG).join(POST_TAG).on(POST_TAG.tagId.eq(TAG.id))
                        .select(TAG.name, count(POST_TAG.postId))
                        .groupBy(TAG.id, TAG.name)
                        .orderBy(count(POST_TAG.postId).desc(), TAG.name.asc())
                        .limit(5)
                        .fetch());
    }

    @Test
    void postsByTagAndByAuthor() {
        assertEquals(List.of("A1", "A2", "B1", "D1"), titles(db().select(POST)
                .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
                .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                .where(TAG.name.eq("java"))
                .orderBy(POST.title.asc())
                .fetch()));
        assertEquals(List.of("B1"), titles(db().select(POST)
                .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
                .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                .join(USER).on(USER.id.eq(POST.authorId))
                .where(TAG.name.eq("java"))
                .where(USER.name.eq("Bob"))
                .fetch()));
        assertEquals(List.of("B1", "B2"), titles(db().select(POST).where(POST.authorId.eq(users.get("Bob").id))
                .orderBy(POST.title.asc()).fetch()));
    }

    private static List<String> titles(List<Post> posts) {
        return posts.stream().map(Post::title).toList();
    }

    // ---------------------------------------------------------------- hostile strings

    /** Strings that would change a statement if they were ever written into its text. */
    private List<String> hostile() {
        List<String> strings = new ArrayList<>(List.of("O'Brien", "'; DROP TABLE users; --", "\" OR \"1\"=\"1",
                "/* comment */", "-- line comment", "semi;colon", "back\\slash", "percent % under_score",
                "ünïcödé ✓ 日本語 🎉", "$1 ?", ":name"));
        if (!postgres()) {
            strings.add("nul\0inside");
        }
        return strings;
    }

    @Test
    void hostileStringsRoundTripThroughEveryOperator() {
        List<String> strings = hostile();
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            db().insert(USER, new User(text, "hostile" + i + "@example.com", 50 + i, UserStatus.ACTIVE).withBio(text));
        }
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            assertEquals(List.of(text), db().select(USER).where(USER.name.eq(text)).select(USER.name).fetch(), text);
            if (!text.contains("\\")) { // PostgreSQL's LIKE treats a backslash as its escape character
                assertEquals(List.of(text), db().select(USER).where(USER.bio.like(text).and(USER.name.eq(text)))
                        .select(USER.bio).fetch(), text);
            }
            assertEquals(1L, db().select(USER).where(USER.name.in(List.of(text, "x"))).count(), text);
            assertEquals(List.of(text + text), db().select(USER).where(USER.name.eq(text))
                    .select(concat(USER.name, value(text))).fetch(), text);
            assertEquals(List.of(text), db().select(USER).where(USER.name.eq(text))
                    .select(when(USER.name.eq(text), text).otherwise("other")).fetch(), text);
            assertEquals(List.of(text), db().select(USER).where(USER.name.eq(text))
                    .select(coalesce(Sql.nullValue(String.class), value(text))).fetch(), text);
            assertEquals(List.of(new Tuple2<>(50 + i, text)), db().select(USER).leftJoin(POST).on(POST.authorId.eq(USER.id))
                    .where(USER.name.eq(text)).select(USER.age, USER.bio).fetch(), text);
            assertEquals(1, db().update(USER).set(USER.bio, text + "!").where(USER.name.eq(text)).execute(), text);
            assertEquals(List.of(text + "!"), db().select(USER).where(USER.name.eq(text)).select(USER.bio).fetch(), text);
        }
        assertEquals(4 + strings.size(), db().select(USER).count(), "no statement was altered");
        assertFalse(db().select(USER).select(USER.name).fetch().contains(null));
    }
}
