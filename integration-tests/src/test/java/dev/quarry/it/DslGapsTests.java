package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.POST_TAG;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.cast;
import static dev.quarry.query.Sql.concat;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.lag;
import static dev.quarry.query.Sql.length;
import static dev.quarry.query.Sql.multiply;
import static dev.quarry.query.Sql.scalar;
import static dev.quarry.query.Sql.upper;
import static dev.quarry.query.Sql.value;
import static dev.quarry.query.Sql.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.SqlExecutionException;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.it.model.User_;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.JoinedQuery;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.ReturningQuery;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Tuple4;
import dev.quarry.query.WriteStatement;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The capabilities of the SQL expression language that the other suites leave without an
 * execution test on one dialect or both, each checked against the rows it returns and, where the
 * statement is the point, the exact SQL it renders: the blog's statistics, {@code RETURNING}
 * from updates and deletes as entities and tuples, updates and deletes with joins in the
 * subqueries of their condition, bulk writes by expression, upserts on a two-column target,
 * keyset pagination of a join, casts, projections into records of four to six components, and
 * hostile strings through the operators the other suites do not send them through.
 *
 * <p>Users Ann 25 (bio "sql fan"), Bob 30, Cid 35 (bio "quiet", no posts), Dee 40. Ann wrote A1
 * (10 views), A2 (30), A3 (20); Bob B1 (5), B2 (7); Dee D1 (7). Tags used: java A1 A2 B1 D1,
 * sql A1 A3 B2, go A2 B1, rust A3, kotlin B2, and c never.
 */
abstract class DslGapsTests extends DialectTests {
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Post> posts = new HashMap<>();
    private final Map<String, Tag> tags = new HashMap<>();

    protected DslGapsTests(DatabaseExtension database) {
        super(database);
    }

    /** A line of the posts-per-user statistic. */
    record PostCount(String author, long posts) {
    }

    /** A user's profile, for {@code into} with four components. */
    record Profile(String name, int age, String bio, UserStatus status) {
    }

    /** A post with its author, for {@code into} with five components. */
    record Byline(String title, int views, String author, int age, Long authorId) {
    }

    /** Six values of a post and its author, for {@code into} with six components. */
    record Line(Long id, String title, Integer views, String author, UserStatus status, Instant publishedAt) {
    }

    @BeforeEach
    void blog() {
        for (User user : db().insertAll(USER, List.of(newUser("Ann", 25).withBio("sql fan"), newUser("Bob", 30),
                newUser("Cid", 35).withBio("quiet"), newUser("Dee", 40)))) {
            users.put(user.name, user);
        }
        Map<String, Integer> views = Map.of("A1", 10, "A2", 30, "A3", 20, "B1", 5, "B2", 7, "D1", 7);
        for (String title : List.of("A1", "A2", "A3", "B1", "B2", "D1")) {
            User author = users.get(title.startsWith("A") ? "Ann" : title.startsWith("B") ? "Bob" : "Dee");
            posts.put(title, db().insert(POST, new Post(null, author.id, title, "Text of " + title, null,
                    views.get(title))));
        }
        for (String name : List.of("java", "sql", "go", "rust", "kotlin", "c")) {
            tags.put(name, db().insert(TAG, new Tag(name)));
        }
        Map<String, List<String>> tagged = Map.of("java", List.of("A1", "A2", "B1", "D1"), "sql", List.of("A1", "A3", "B2"),
                "go", List.of("A2", "B1"), "rust", List.of("A3"), "kotlin", List.of("B2"));
        List<PostTag> links = new ArrayList<>();
        tagged.forEach((tag, titles) -> {
            for (int i = 0; i < titles.size(); i++) {
                links.add(new PostTag(posts.get(titles.get(i)).id(), tags.get(tag).id, i, null));
            }
        });
        db().insertAll(POST_TAG, links);
    }

    private List<String> userNames() {
        return db().select(USER).select(USER.name).orderBy(USER.name.asc()).fetch();
    }

    private List<String> postTitles() {
        return db().select(POST).select(POST.title).orderBy(POST.title.asc()).fetch();
    }

    private static List<String> titles(List<Post> rows) {
        return rows.stream().map(Post::title).toList();
    }

    // ---------------------------------------------------------------- the blog's statistics

    @Test
    void postsPerUserRendersAJoinGroupAndCountAndReturnsEachAuthor() {
        ResultQuery<Object, PostCount> perUser = db().select(USER).join(POST).on(POST.authorId.eq(USER.id))
                .select(USER.name, count(POST.id)).into(PostCount::new)
                .groupBy(USER.id, USER.name)
                .orderBy(count(POST.id).desc(), USER.name.asc());
        assertEquals(quoted("SELECT \"users\".\"name\", COUNT(\"posts\".\"id\") FROM \"users\" JOIN \"posts\" ON")
                + quoted(" \"posts\".\"author_id\" = \"users\".\"id\" GROUP BY \"users\".\"id\", \"users\".\"name\"")
                + quoted(" ORDER BY COUNT(\"posts\".\"id\") DESC, \"users\".\"name\" ASC"), perUser.toSql());
        assertEquals(List.of(), perUser.parameters());
        assertEquals(List.of(new PostCount("Ann", 3), new PostCount("Bob", 2), new PostCount("Dee", 1)), perUser.fetch());
    }

    @Test
    void fiveMostUsedTagsRendersAJoinThroughTheJoinTableAndALimit() {
        ResultQuery<Object, Tuple2<String, Long>> top = db().select(TAG).join(POST_TAG).on(POST_TAG.tagId.eq(TAG.id))
                .select(TAG.name, count(POST_TAG.postId))
                .groupBy(TAG.id, TAG.name)
                .orderBy(count(POST_TAG.postId).desc(), TAG.name.asc())
                .limit(5);
        assertEquals(quoted("SELECT \"tag\".\"name\", COUNT(\"post_tags\".\"post_id\") FROM \"tag\" JOIN \"post_tags\" ON")
                + quoted(" \"post_tags\".\"tag_id\" = \"tag\".\"id\" GROUP BY \"tag\".\"id\", \"tag\".\"name\" ORDER BY")
                + quoted(" COUNT(\"post_tags\".\"post_id\") DESC, \"tag\".\"name\" ASC LIMIT ?"), top.toSql());
        assertEquals(List.of(5L), top.parameters());
        assertEquals(List.of(new Tuple2<>("java", 4L), new Tuple2<>("sql", 3L), new Tuple2<>("go", 2L),
                new Tuple2<>("kotlin", 1L), new Tuple2<>("rust", 1L)), top.fetch());
    }

    @Test
    void postsFilteredByTagAndByAuthorRenderTheirJoins() {
        String postColumns = quoted("\"posts\".\"id\", \"posts\".\"author_id\", \"posts\".\"title\", \"posts\".\"content\",")
                + quoted(" \"posts\".\"published_at\", \"posts\".\"views\"");
        JoinedQuery<Post> byTag = db().select(POST)
                .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
                .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                .where(TAG.name.eq("sql"))
                .orderBy(POST.title.asc());
        assertEquals("SELECT " + postColumns + quoted(" FROM \"posts\" JOIN \"post_tags\" ON \"post_tags\".\"post_id\" =")
                + quoted(" \"posts\".\"id\" JOIN \"tag\" ON \"tag\".\"id\" = \"post_tags\".\"tag_id\" WHERE \"tag\".\"name\" = ?")
                + quoted(" ORDER BY \"posts\".\"title\" ASC"), byTag.toSql());
        assertEquals(List.of("sql"), byTag.parameters());
        assertEquals(List.of("A1", "A3", "B2"), titles(byTag.fetch()));

        JoinedQuery<Post> byAuthor = db().select(POST).join(USER).on(USER.id.eq(POST.authorId))
                .where(USER.name.eq("Ann")).orderBy(POST.views.desc());
        assertEquals("SELECT " + postColumns + quoted(" FROM \"posts\" JOIN \"users\" ON \"users\".\"id\" =")
                + quoted(" \"posts\".\"author_id\" WHERE \"users\".\"name\" = ? ORDER BY \"posts\".\"views\" DESC"), byAuthor.toSql());
        assertEquals(List.of("A2", "A3", "A1"), titles(byAuthor.fetch()));

        ResultQuery<Object, Tuple3<String, String, String>> both = db().select(POST)
                .join(USER).on(USER.id.eq(POST.authorId))
                .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
                .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                .where(TAG.name.eq("java"))
                .where(USER.name.ne("Ann"))
                .select(USER.name, POST.title, TAG.name)
                .orderBy(POST.title.asc());
        assertEquals(quoted("SELECT \"users\".\"name\", \"posts\".\"title\", \"tag\".\"name\" FROM \"posts\" JOIN \"users\" ON")
                + quoted(" \"users\".\"id\" = \"posts\".\"author_id\" JOIN \"post_tags\" ON \"post_tags\".\"post_id\" =")
                + quoted(" \"posts\".\"id\" JOIN \"tag\" ON \"tag\".\"id\" = \"post_tags\".\"tag_id\" WHERE \"tag\".\"name\" = ?")
                + quoted(" AND \"users\".\"name\" <> ? ORDER BY \"posts\".\"title\" ASC"), both.toSql());
        assertEquals(List.of("java", "Ann"), both.parameters());
        assertEquals(List.of(new Tuple3<>("Bob", "B1", "java"), new Tuple3<>("Dee", "D1", "java")), both.fetch(),
                "columns of four tables in one row");
    }

    // ---------------------------------------------------------------- RETURNING

    @Test
    void updateReturningEntitiesAndTuples() {
        if (mariadb()) {
            // MariaDB has no UPDATE ... RETURNING: each form fails while it is built, before anything runs
            try (StatementCount count = JdbcStatements.count()) {
                for (Executable returning : List.<Executable>of(
                        () -> db().update(USER).setExpression(USER.age, add(USER.age, 1)).where(USER.age.ge(35)).returning(),
                        () -> db().update(POST).set(POST.views, 0).all().returning(POST.title, POST.views),
                        () -> db().update(USER).set(USER.bio, "loud").all().returning(USER.id, USER.bio, upper(USER.name)))) {
                    UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, returning);
                    assertTrue(e.getMessage().startsWith("MariaDB has no UPDATE ... RETURNING"), e.getMessage());
                }
                assertEquals(0, count.total(), count::toString);
            }
            assertEquals(List.of(35, 40), db().select(USER).where(USER.age.ge(35)).orderBy(USER.age.asc())
                    .select(USER.age).fetch(), "nothing was updated");
            return;
        }
        List<User> older = new ArrayList<>(db().update(USER).setExpression(USER.age, add(USER.age, 1))
                .where(USER.age.ge(35)).returning().fetch());
        older.sort(Comparator.comparing(user -> user.name));
        assertEquals(List.of("Cid", "Dee"), older.stream().map(user -> user.name).toList());
        assertEquals(List.of(36, 41), older.stream().map(user -> user.age).toList(), "the rows as updated");
        assertEquals("quiet", older.get(0).bio, "every column is read back");
        assertEquals(users.get("Cid").id, older.get(0).id);
        assertEquals(users.get("Cid").createdAt, older.get(0).createdAt);
        assertEquals("dee@example.com", older.get(1).getEmail());

        List<Tuple2<String, Integer>> reset = new ArrayList<>(db().update(POST).set(POST.views, 0)
                .where(POST.authorId.eq(users.get("Bob").id)).returning(POST.title, POST.views).fetch());
        reset.sort(Comparator.comparing(Tuple2::first));
        assertEquals(List.of(new Tuple2<>("B1", 0), new Tuple2<>("B2", 0)), reset);

        List<Tuple3<Long, String, String>> shouted = db().update(USER).set(USER.bio, "loud")
                .where(USER.name.eq("Ann")).returning(USER.id, USER.bio, upper(USER.name)).fetch();
        assertEquals(List.of(new Tuple3<>(users.get("Ann").id, "loud", "ANN")), shouted);
        assertEquals(List.of(), db().update(USER).set(USER.bio, "none").where(USER.age.gt(99)).returning().fetch());
    }

    @Test
    void deleteReturningEntitiesAndTuples() {
        List<Tuple2<Long, String>> removed = new ArrayList<>(db().delete(POST).where(POST.title.like("A%"))
                .returning(POST.id, POST.title).fetch());
        removed.sort(Comparator.comparing(Tuple2::second));
        assertEquals(List.of(new Tuple2<>(posts.get("A1").id(), "A1"), new Tuple2<>(posts.get("A2").id(), "A2"),
                new Tuple2<>(posts.get("A3").id(), "A3")), removed);
        assertEquals(List.of("B1", "B2", "D1"), postTitles());

        List<Tag> unused = db().delete(TAG).where(TAG.name.eq("c")).returning().fetch();
        assertEquals(1, unused.size());
        assertEquals("c", unused.get(0).name);
        assertEquals(tags.get("c").id, unused.get(0).id);

        List<Tuple3<Long, Integer, String>> views = db().delete(POST).where(POST.views.eq(5))
                .returning(POST.authorId, POST.views, POST.content).fetch();
        assertEquals(List.of(new Tuple3<>(users.get("Bob").id, 5, "Text of B1")), views);
        assertEquals(2, db().select(POST).count());
    }

    @Test
    void insertReturningEntitiesAndTuples() {
        ReturningQuery<Post> insert = db().insertInto(POST)
                .values(Post.draft(users.get("Cid").id, "C1", "first words"))
                .returning();
        assertEquals(quoted("INSERT INTO \"posts\" (\"author_id\", \"title\", \"content\", \"published_at\") VALUES")
                + quoted(" (?, ?, ?, ?) RETURNING \"id\", \"author_id\", \"title\", \"content\", \"published_at\", \"views\""),
                insert.toSql(), "the server-default column the record leaves null is left out");
        List<Post> inserted = insert.fetch();
        assertEquals(1, inserted.size());
        Post c1 = inserted.get(0);
        assertNotNull(c1.id());
        assertEquals(0, c1.views(), "the server default read back");
        assertEquals(c1, db().get(POST, c1.id()).orElseThrow());

        List<Tuple3<Long, Instant, String>> added = new ArrayList<>(db().insertInto(USER)
                .values(List.of(newUser("Eve", 20), newUser("Fay", 21)))
                .returning(USER.id, USER.createdAt, USER.name).fetch());
        added.sort(Comparator.comparing(Tuple3::third));
        assertEquals(List.of("Eve", "Fay"), added.stream().map(Tuple3::third).toList());
        for (Tuple3<Long, Instant, String> row : added) {
            assertEquals(row.third(), db().get(USER, row.first()).orElseThrow().name);
            assertEquals(db().get(USER, row.first()).orElseThrow().createdAt, row.second());
        }
    }

    // ---------------------------------------------------------------- writes with joins and expressions

    @Test
    void updatesAndDeletesWithJoinsInTheSubqueriesOfTheirCondition() {
        WriteStatement<User> flag = db().update(USER).set(USER.bio, "niche")
                .where(exists(db().select(POST)
                        .join(POST_TAG).on(POST_TAG.postId.eq(POST.id))
                        .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                        .where(POST.authorId.eq(USER.id))
                        .where(TAG.name.in(List.of("rust", "kotlin")))));
        assertEquals(quoted("UPDATE \"users\" SET \"bio\" = ? WHERE EXISTS (SELECT \"posts\".\"id\", \"posts\".\"author_id\",")
                + quoted(" \"posts\".\"title\", \"posts\".\"content\", \"posts\".\"published_at\", \"posts\".\"views\" FROM")
                + quoted(" \"posts\" JOIN \"post_tags\" ON \"post_tags\".\"post_id\" = \"posts\".\"id\" JOIN \"tag\" ON")
                + quoted(" \"tag\".\"id\" = \"post_tags\".\"tag_id\" WHERE \"posts\".\"author_id\" = \"users\".\"id\" AND")
                + quoted(" \"tag\".\"name\" IN (?, ?))"), flag.toSql());
        assertEquals(2, flag.execute());
        assertEquals(List.of("Ann", "Bob"), db().select(USER).where(USER.bio.eq("niche")).select(USER.name)
                .orderBy(USER.name.asc()).fetch());

        WriteStatement<Post> dropGo = db().delete(POST).where(POST.id.in(db().select(POST_TAG)
                .join(TAG).on(TAG.id.eq(POST_TAG.tagId))
                .where(TAG.name.eq("go"))
                .select(POST_TAG.postId)));
        assertEquals(quoted("DELETE FROM \"posts\" WHERE \"id\" IN (SELECT \"post_tags\".\"post_id\" FROM \"post_tags\" JOIN")
                + quoted(" \"tag\" ON \"tag\".\"id\" = \"post_tags\".\"tag_id\" WHERE \"tag\".\"name\" = ?)"), dropGo.toSql());
        assertEquals(2, dropGo.execute());
        assertEquals(List.of("A1", "A3", "B2", "D1"), postTitles());
        assertEquals(0, db().select(POST_TAG).join(TAG).on(TAG.id.eq(POST_TAG.tagId)).where(TAG.name.eq("go")).count(),
                "the links of the deleted posts went with them");
    }

    @Test
    void bulkUpdatesAndDeletesByExpressionCountTheirRows() {
        WriteStatement<Post> doubled = db().update(POST).setExpression(POST.views, multiply(POST.views, 2))
                .where(POST.views.lt(10));
        assertEquals(3, doubled.execute());
        assertEquals(List.of(new Tuple2<>("A1", 10), new Tuple2<>("A2", 30), new Tuple2<>("A3", 20),
                        new Tuple2<>("B1", 10), new Tuple2<>("B2", 14), new Tuple2<>("D1", 14)),
                db().select(POST).select(POST.title, POST.views).orderBy(POST.title.asc()).fetch());
        assertEquals(6, db().update(POST).setExpression(POST.title, concat(POST.title, value("!"))).all().execute());
        assertEquals(List.of("A1!", "A2!", "A3!", "B1!", "B2!", "D1!"), postTitles());

        assertEquals(2, db().delete(USER).where(length(USER.name).eq(3).and(USER.age.gt(32))).execute());
        assertEquals(List.of("Ann", "Bob"), userNames());
        assertEquals(List.of("A1!", "A2!", "A3!", "B1!", "B2!"), postTitles(), "Dee's post went with her");
        assertEquals(0, db().delete(USER).where(USER.age.gt(99)).execute());
        assertEquals(2, db().delete(USER).all().execute());
        assertEquals(0, db().select(POST).count());
    }

    @Test
    void upsertsOnATwoColumnConflictTarget() {
        long a1 = posts.get("A1").id();
        int java = tags.get("java").id;
        int c = tags.get("c").id;
        List<PostTag> moved = db().insertInto(POST_TAG).values(new PostTag(a1, java, 9, null))
                .onConflict(POST_TAG.postId, POST_TAG.tagId).doUpdateSetExcluded(POST_TAG.position)
                .returning().fetch();
        assertEquals(List.of(new PostTag(a1, java, 9, null)), moved);
        assertEquals(9, db().select(POST_TAG).where(POST_TAG.postId.eq(a1).and(POST_TAG.tagId.eq(java)))
                .select(POST_TAG.position).one());

        // MariaDB counts the skipped row as found, as well as the inserted one
        assertEquals(mariadb() ? 2 : 1, db().insertInto(POST_TAG).values(List.of(new PostTag(a1, java, 0, null),
                new PostTag(a1, c, 5, null))).onConflict(POST_TAG.postId, POST_TAG.tagId).doNothing().execute(),
                "only the new pair is inserted");
        assertEquals(9, db().select(POST_TAG).where(POST_TAG.postId.eq(a1).and(POST_TAG.tagId.eq(java)))
                .select(POST_TAG.position).one(), "the conflicting pair is left as it was");

        assertEquals(List.of(new Tuple2<>(c, 6)), db().insertInto(POST_TAG).values(new PostTag(a1, c, 0, null))
                .onConflict(List.of(POST_TAG.postId, POST_TAG.tagId))
                .doUpdateSetExpression(POST_TAG.position, add(POST_TAG.position, 1))
                .returning(POST_TAG.tagId, POST_TAG.position).fetch(), "the expression reads the existing row");
        assertEquals(12, db().select(POST_TAG).count(), "eleven links and the one added");
    }

    // ---------------------------------------------------------------- pagination

    @Test
    void keysetPaginationOfAJoinWalksEveryPage() {
        Map<Long, Integer> ages = new HashMap<>();
        users.values().forEach(user -> ages.put(user.id, user.age));
        JoinedQuery<Post> byAuthorAge = db().select(POST).join(USER).on(USER.id.eq(POST.authorId))
                .orderBy(USER.age.desc(), POST.id.asc());
        List<String> expected = List.of("D1", "B1", "B2", "A1", "A2", "A3");
        assertEquals(expected, titles(byAuthorAge.fetch()));
        List<String> walked = new ArrayList<>();
        List<Post> page = byAuthorAge.limit(2).fetch();
        int pages = 0;
        while (!page.isEmpty()) {
            pages++;
            walked.addAll(titles(page));
            Post last = page.get(page.size() - 1);
            page = byAuthorAge.seek(ages.get(last.authorId()), last.id()).limit(2).fetch();
        }
        assertEquals(expected, walked);
        assertEquals(3, pages);

        ResultQuery<Object, Tuple3<String, Integer, Long>> projected = db().select(POST).join(USER)
                .on(USER.id.eq(POST.authorId)).select(POST.title, POST.views, POST.id)
                .orderBy(POST.views.asc(), POST.id.desc());
        assertEquals(List.of("D1", "B2", "A1", "A3", "A2"), projected.seek(5, posts.get("B1").id()).fetch().stream()
                .map(Tuple3::first).toList(), "mixed directions: B2 and D1 tie on 7 views, the higher key first");
        assertEquals(List.of("A1", "A3"), projected.seek(7, posts.get("B2").id()).limit(2).fetch().stream()
                .map(Tuple3::first).toList());
    }

    // ---------------------------------------------------------------- projections and casts

    @Test
    void projectionsOfFourToSixExpressionsIntoRecords() {
        assertEquals(List.of(new Profile("Ann", 25, "sql fan", UserStatus.ACTIVE), new Profile("Bob", 30, null,
                        UserStatus.ACTIVE)),
                db().select(USER).where(USER.age.lt(35)).select(USER.name, USER.age, USER.bio, USER.status)
                        .into(Profile::new).orderBy(USER.name.asc()).fetch());
        assertEquals(List.of(new Byline("D1", 7, "Dee", 40, users.get("Dee").id)),
                db().select(POST).join(USER).on(USER.id.eq(POST.authorId)).where(USER.age.gt(35))
                        .select(POST.title, POST.views, USER.name, USER.age, USER.id).into(Byline::new).fetch());
        assertEquals(List.of(new Line(posts.get("B2").id(), "B2", 7, "Bob", UserStatus.ACTIVE, null)),
                db().select(POST).join(USER).on(USER.id.eq(POST.authorId)).where(POST.title.eq("B2"))
                        .select(POST.id, POST.title, POST.views, USER.name, USER.status, POST.publishedAt)
                        .into(Line::new).fetch());
    }

    @Test
    void castsReadBackAsTheirTargetType() {
        Tuple4<String, Long, Double, Integer> ann = db().select(USER).where(USER.name.eq("Ann"))
                .select(cast(USER.age, String.class), cast(USER.age, Long.class), cast(USER.age, Double.class),
                        cast(cast(USER.age, String.class), Integer.class))
                .one();
        assertEquals(new Tuple4<>("25", 25L, 25.0, 25), ann);
        assertEquals(0, new BigDecimal(25).compareTo(db().select(USER).where(USER.name.eq("Ann"))
                .select(cast(USER.age, BigDecimal.class)).one()));
        assertEquals(List.of(30L), db().select(POST).where(POST.title.eq("A2")).select(cast(POST.views, Long.class))
                .fetch());
        assertEquals(List.of("Bob", "Cid"), db().select(USER).where(cast(USER.age, Long.class).between(30L, 35L))
                .select(USER.name).orderBy(USER.name.asc()).fetch());
    }

    // ---------------------------------------------------------------- hostile strings

    /** Strings that would change a statement if they were ever written into its text. */
    private List<String> hostile() {
        List<String> strings = new ArrayList<>(List.of("O'Brien", "'; DROP TABLE users; --", "\" OR \"1\"=\"1",
                "/* comment */", "-- line comment", "semi;colon", "percent % under_score", "ünïcödé ✓ 日本語 🎉",
                "$1 ?", ":name", "x'); DELETE FROM posts; --"));
        if (!postgres()) {
            strings.add("nul\0inside");
        }
        return strings;
    }

    @Test
    void hostileStringsRoundTripThroughTheRemainingOperators() {
        List<String> strings = hostile();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < strings.size(); i++) {
            String text = strings.get(i);
            User user = db().insert(USER, new User(text, "hostile" + i + "@example.com", 60 + i, UserStatus.ACTIVE)
                    .withBio(text));
            ids.put(text, user.id);
            db().insert(POST, new Post(null, user.id, text, text, null, i));
        }
        int usersBefore = 4 + strings.size();
        List<Tuple2<String, Long>> ordered = db().select(USER).select(USER.name, USER.id)
                .orderBy(USER.name.asc(), USER.id.asc()).fetch();
        User_ h = USER.as("h");
        for (String text : strings) {
            long id = ids.get(text);
            assertEquals(usersBefore - 1, db().select(USER).where(USER.name.ne(text)).count(), text);
            assertEquals(List.of(text), db().select(USER).where(USER.name.le(text).and(USER.name.ge(text)))
                    .select(USER.name).fetch(), text);
            assertEquals(usersBefore - 1, db().select(USER).where(USER.name.lt(text).or(USER.name.gt(text))).count(), text);
            assertEquals(List.of(text), db().select(USER).where(USER.name.between(text, text)).select(USER.bio).fetch(), text);
            assertEquals(usersBefore - 1, db().select(USER).where(USER.name.notIn(List.of(text))).count(), text);
            assertEquals(List.of(), db().select(USER).where(USER.name.eq(text).and(USER.bio.notLike(text))).fetch(), text);
            if (!text.contains("\0")) { // SQLite's LIKE compares pattern and value up to their first NUL only
                assertEquals(List.of(text), db().select(USER).where(USER.name.eq(text).and(USER.bio.notLike(text + "x")))
                        .select(USER.name).fetch(), text);
            }

            assertEquals(List.of(text), db().select(USER).where(USER.id.in(db().select(h).where(h.bio.eq(text))
                    .select(h.id))).select(USER.name).fetch(), text);
            assertEquals(List.of(text), db().select(USER).where(exists(db().select(POST)
                    .where(POST.authorId.eq(USER.id)).where(POST.content.eq(text)))).select(USER.bio).fetch(), text);
            assertEquals(List.of(text), db().select(USER).where(USER.id.eq(id))
                    .select(scalar(db().select(POST).select(POST.title).where(POST.authorId.eq(USER.id)))).fetch(), text);

            ResultQuery<User, String> user = db().select(USER).where(USER.name.eq(text)).select(USER.name);
            ResultQuery<Post, String> post = db().select(POST).where(POST.title.eq(text)).select(POST.title);
            assertEquals(List.of(text), user.union(post).fetch(), text);
            assertEquals(List.of(text, text), user.unionAll(post).fetch(), text);
            assertEquals(List.of(text), user.intersect(post).fetch(), text);
            assertEquals(List.of(), user.except(post).fetch(), text);

            CommonTable2<Long, String> named = CommonTable2.of("named", "id", Long.class, "name", String.class,
                    db().select(USER).where(USER.name.eq(text)).select(USER.id, USER.name));
            assertEquals(List.of(new Tuple2<>(id, text)), db().select(named).fetch(), text);
            CommonTable2<String, String> doubled = CommonTable2.derived("doubled",
                    db().select(USER).where(USER.bio.eq(text)).select(USER.name, concat(USER.bio, value(text))));
            assertEquals(List.of(text + text), db().select(doubled).where(doubled.first.eq(text)).select(doubled.second)
                    .fetch(), text);

            int at = ordered.indexOf(new Tuple2<>(text, id));
            assertEquals(ordered.subList(at + 1, ordered.size()), db().select(USER).select(USER.name, USER.id)
                    .orderBy(USER.name.asc(), USER.id.asc()).seek(text, id).fetch(), text);

            assertEquals(List.of(text), db().text("select name from users where name = :n and bio = :n").bind("n", text)
                    .as(String.class).fetch(), text);
            assertEquals(List.of(text), db().insertInto(TAG).values(new Tag(text)).returning(TAG.name).fetch(), text);
            assertEquals(List.of(text), db().insertInto(TAG).values(new Tag(text)).onConflict(TAG.name)
                    .doUpdateSet(TAG.name, text).returning(TAG.name).fetch(), text);
            assertEquals(1, db().update(USER).setExpression(USER.bio, concat(USER.bio, value(text)))
                    .where(USER.name.eq(text)).execute(), text);
            assertEquals(List.of(text + text), db().select(USER).where(USER.id.eq(id)).select(USER.bio).fetch(), text);
        }
        List<String> titlesInOrder = db().select(POST).where(POST.content.in(strings)).select(POST.title)
                .orderBy(POST.id.asc()).fetch();
        assertEquals(strings, titlesInOrder);
        List<String> previous = db().select(POST).where(POST.content.in(strings))
                .select(lag(POST.title).over(window().orderBy(POST.id.asc()))).orderBy(POST.id.asc()).fetch();
        List<String> expectedPrevious = new ArrayList<>();
        expectedPrevious.add(null);
        expectedPrevious.addAll(strings.subList(0, strings.size() - 1));
        assertEquals(expectedPrevious, previous, "window functions return hostile values unchanged");
        for (String text : strings) {
            assertEquals(List.of(text), db().delete(USER).where(USER.name.eq(text)).returning(USER.name).fetch(), text);
        }
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), userNames(), "no statement was altered");
        assertEquals(6, db().select(POST).count());
        assertEquals(6 + strings.size(), db().select(TAG).count());
    }

    @Test
    void nulInAStringRoundTripsOnSqliteAndFailsClearlyOnPostgres() {
        String nul = "nul\0inside";
        if (!postgres()) {
            User user = db().insert(USER, new User(nul, "nul@example.com", 50, UserStatus.ACTIVE).withBio("a\0b"));
            assertEquals(List.of(new Tuple2<>(nul, "a\0b")), db().select(USER).where(USER.name.eq(nul))
                    .select(USER.name, USER.bio).fetch());
            assertEquals(nul, db().get(USER, user.id).orElseThrow().name);
            assertEquals(List.of(nul), db().text("select name from users where bio = :b").bind("b", "a\0b")
                    .as(String.class).fetch());
            if (mariadb()) {
                assertEquals(1, db().update(USER).setExpression(USER.name, concat(USER.name, value("!")))
                        .where(USER.bio.eq("a\0b")).execute());
                assertEquals(List.of(nul + "!"), db().select(USER).where(USER.bio.eq("a\0b")).select(USER.name).fetch());
            } else {
                assertEquals(List.of(nul + "!"), db().update(USER).setExpression(USER.name, concat(USER.name, value("!")))
                        .where(USER.bio.eq("a\0b")).returning(USER.name).fetch());
            }
            return;
        }
        // PostgreSQL rejects NUL in text values (SQLSTATE 22021) before any row is written: Quarry
        // sends the statement unchanged, with the value bound, and surfaces the database's refusal.
        var insert = db().insertInto(USER).values(new User(nul, "nul@example.com", 50, UserStatus.ACTIVE));
        SqlExecutionException refused = assertThrows(SqlExecutionException.class, insert::execute);
        assertEquals("22021", refused.sqlState(), refused.getMessage());
        assertEquals(insert.toSql(), refused.sql(), "the statement that failed, with its placeholders");
        assertFalse(refused.sql().contains("nul"), refused.sql());
        assertTrue(refused.getMessage().contains(insert.toSql()), refused.getMessage());
        assertTrue(refused.getMessage().contains("0x00"), "the database's reason is kept: " + refused.getMessage());

        SelectQuery<User> select = db().select(USER).where(USER.name.eq(nul));
        SqlExecutionException selected = assertThrows(SqlExecutionException.class, select::fetch);
        assertEquals("22021", selected.sqlState());
        assertEquals(select.toSql(), selected.sql());
        SqlExecutionException text = assertThrows(SqlExecutionException.class,
                () -> db().text("select name from users where name = :n").bind("n", nul).as(String.class).fetch());
        assertEquals("select name from users where name = ?", text.sql());
        assertEquals(4, db().select(USER).count(), "nothing was written");
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee"), userNames());
    }
}
