package dev.quarry.it;

import static dev.quarry.it.model.Tables.KEYWORD;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.query.Condition;
import dev.quarry.query.SelectQuery;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code select}: every condition operator, ordering with nulls, limit and offset, and every way
 * to take the results. Five users: Ann 25, Bob 30, Cid 35, Dee 40, Eve 45.
 */
abstract class SelectTests extends DialectTests {
    protected SelectTests(DatabaseExtension database) {
        super(database);
    }

    @BeforeEach
    void insertUsers() {
        db().insertAll(USER, List.of(
                user("Ann", 25, "likes sql", UserStatus.ACTIVE),
                user("Bob", 30, null, UserStatus.SUSPENDED),
                user("Cid", 35, "Cid", UserStatus.ACTIVE),
                user("Dee", 40, null, UserStatus.DELETED),
                user("Eve", 45, "zzz", UserStatus.ACTIVE)));
    }

    private static User user(String name, int age, String bio, UserStatus status) {
        return new User(name, name.toLowerCase(Locale.ROOT) + "@example.com", age, status).withBio(bio);
    }

    /** The names of the users matching {@code condition}, by name. */
    private List<String> names(Condition<User> condition) {
        return names(db().select(USER).where(condition).orderBy(USER.name.asc()));
    }

    private static List<String> names(SelectQuery<User> query) {
        return names(query.fetch());
    }

    private static List<String> names(List<User> users) {
        return users.stream().map(user -> user.name).toList();
    }

    @Test
    void comparisons() {
        assertEquals(List.of("Bob"), names(USER.name.eq("Bob")));
        assertEquals(List.of("Ann", "Cid", "Dee", "Eve"), names(USER.age.ne(30)));
        assertEquals(List.of("Ann", "Bob"), names(USER.age.lt(35)));
        assertEquals(List.of("Ann", "Bob", "Cid"), names(USER.age.le(35)));
        assertEquals(List.of("Eve"), names(USER.age.gt(40)));
        assertEquals(List.of("Dee", "Eve"), names(USER.age.ge(40)));
        assertEquals(List.of("Bob", "Cid", "Dee"), names(USER.age.between(30, 40)));
        assertEquals(List.of(), names(USER.age.between(41, 44)));
        assertEquals(List.of("Ann", "Cid", "Eve"), names(USER.status.eq(UserStatus.ACTIVE)));
        assertEquals(List.of("Cid"), names(USER.name.gt("Bob").and(USER.name.lt("Dee"))));
    }

    @Test
    void comparisonsBetweenColumns() {
        assertEquals(List.of("Cid"), names(USER.name.eq(USER.bio)));
        assertEquals(List.of("Ann", "Eve"), names(USER.name.ne(USER.bio)));
    }

    @Test
    void patterns() {
        assertEquals(List.of("Ann"), names(USER.name.like("A%")));
        assertEquals(List.of("Bob"), names(USER.name.like("_o_")));
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee", "Eve"), names(USER.email.like("%@example.com")));
        assertEquals(List.of("Ann", "Bob", "Cid"), names(USER.name.notLike("%e%")));
        assertEquals(List.of(), names(USER.name.like("%'%")));
    }

    @Test
    void inAndNotIn() {
        assertEquals(List.of("Ann", "Eve"), names(USER.age.in(List.of(25, 45, 99))));
        assertEquals(List.of("Bob", "Dee"), names(USER.status.in(List.of(UserStatus.SUSPENDED, UserStatus.DELETED))));
        assertEquals(List.of("Cid", "Dee", "Eve"), names(USER.age.notIn(List.of(25, 30))));
        assertEquals(List.of(), names(USER.age.in(List.of())));
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee", "Eve"), names(USER.age.notIn(List.of())));
        assertEquals(List.of("Bob"), names(USER.age.in(List.of()).or(USER.name.eq("Bob"))));
        assertEquals(List.of(), names(USER.age.notIn(List.of()).and(USER.name.eq("Nobody"))));
    }

    @Test
    void nulls() {
        assertEquals(List.of("Bob", "Dee"), names(USER.bio.isNull()));
        assertEquals(List.of("Ann", "Cid", "Eve"), names(USER.bio.isNotNull()));
    }

    @Test
    void andOrNotWithPrecedence() {
        assertEquals(List.of("Bob", "Dee"), names(USER.age.gt(26).and(USER.bio.isNull())));
        assertEquals(List.of("Ann", "Eve"), names(USER.name.eq("Ann").or(USER.age.ge(45))));
        assertEquals(List.of("Ann", "Eve"), names(USER.age.between(30, 40).not()));
        assertEquals(List.of("Bob"), names(USER.name.eq("Ann").or(USER.name.eq("Bob")).and(USER.age.gt(26))));
        assertEquals(List.of("Ann"), names(USER.name.eq("Ann").or(USER.name.eq("Bob").and(USER.age.gt(30)))));
        assertEquals(List.of("Cid", "Dee", "Eve"), names(USER.name.eq("Ann").or(USER.name.eq("Bob")).not()));
        assertEquals(List.of("Ann", "Bob"), names(USER.name.eq("Ann").or(USER.name.eq("Bob")).not().not()));
        assertEquals(List.of("Ann", "Eve"), names(USER.bio.eq("Cid").not()), "NOT of NULL is not true");
    }

    @Test
    void whereTwiceMeansAnd() {
        assertEquals(List.of("Cid", "Eve"), names(db().select(USER)
                .where(USER.status.eq(UserStatus.ACTIVE))
                .where(USER.age.gt(30))
                .orderBy(USER.name.asc())));
    }

    @Test
    void orderBy() {
        assertEquals(List.of("Eve", "Dee", "Cid", "Bob", "Ann"), names(db().select(USER).orderBy(USER.age.desc())));
        assertEquals(List.of("Ann", "Bob", "Cid", "Dee", "Eve"), names(db().select(USER).orderBy(USER.age.asc())));
        assertEquals(List.of("Eve", "Cid", "Ann", "Dee", "Bob"),
                names(db().select(USER).orderBy(USER.status.asc(), USER.age.desc())));
        // MariaDB has no NULLS LAST, and sorts NULLs last in descending order without it
        assertEquals(List.of("Eve", "Ann", "Cid", "Dee", "Bob"), names(db().select(USER).orderBy(USER.status.asc(),
                mariadb() ? USER.bio.desc() : USER.bio.desc().nullsLast(), USER.name.desc())));
        assertEquals(List.of("Ann", "Cid", "Eve", "Dee", "Bob"),
                names(db().select(USER).orderBy(List.of(USER.status.asc(), USER.age.asc()))));
        assertEquals(List.of("Ann", "Cid", "Eve", "Dee", "Bob"),
                names(db().select(USER).orderBy(USER.status.asc()).orderBy(USER.name.asc())));
    }

    @Test
    void orderByWithNullsFirstOrLast() {
        if (mariadb()) {
            // MariaDB has no NULLS FIRST/LAST: the query fails before it runs, saying what to write instead
            try (StatementCount count = JdbcStatements.count()) {
                UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                        () -> names(db().select(USER).orderBy(USER.bio.asc().nullsFirst(), USER.name.asc())));
                assertTrue(e.getMessage().startsWith("MariaDB has no NULLS FIRST"), e.getMessage());
                assertThrows(UnsupportedOperationException.class, () -> db().select(USER).orderBy(USER.bio.desc().nullsLast()).toSql());
                assertEquals(0, count.total(), count::toString);
            }
            return;
        }
        assertEquals(List.of("Bob", "Dee", "Cid", "Ann", "Eve"),
                names(db().select(USER).orderBy(USER.bio.asc().nullsFirst(), USER.name.asc())));
        assertEquals(List.of("Cid", "Ann", "Eve", "Bob", "Dee"),
                names(db().select(USER).orderBy(USER.bio.asc().nullsLast(), USER.name.asc())));
        assertEquals(List.of("Bob", "Dee", "Eve", "Ann", "Cid"),
                names(db().select(USER).orderBy(USER.bio.desc().nullsFirst(), USER.name.asc())));
        assertEquals(List.of("Eve", "Ann", "Cid", "Bob", "Dee"),
                names(db().select(USER).orderBy(USER.bio.desc().nullsLast(), USER.name.asc())));
    }

    @Test
    void limitAndOffset() {
        SelectQuery<User> byAge = db().select(USER).orderBy(USER.age.asc());
        assertEquals(List.of("Ann", "Bob"), names(byAge.limit(2)));
        assertEquals(List.of("Bob", "Cid"), names(byAge.limit(2).offset(1)));
        assertEquals(List.of("Bob", "Cid"), names(byAge.offset(1).limit(2)));
        assertEquals(List.of("Dee", "Eve"), names(byAge.offset(3)));
        assertEquals(List.of(), names(byAge.limit(0)));
        assertEquals(List.of(), names(byAge.offset(10)));
        assertEquals(List.of("Eve"), names(byAge.where(USER.age.gt(30)).offset(2).limit(5)));
    }

    @Test
    void queriesAreImmutableAndReusable() {
        SelectQuery<User> active = db().select(USER).where(USER.status.eq(UserStatus.ACTIVE));
        SelectQuery<User> oldestActive = active.orderBy(USER.age.desc()).limit(1);
        active.where(USER.age.gt(100));
        active.limit(0);
        assertEquals(3, active.fetch().size());
        assertEquals(List.of("Eve"), names(oldestActive));
        assertEquals(List.of("Eve"), names(oldestActive), "running a query twice gives the same rows");
        assertEquals(3, active.count());
    }

    @Test
    void fetchReadsWholeEntities() {
        User bob = db().select(USER).where(USER.name.eq("Bob")).one();
        assertEquals("bob@example.com", bob.getEmail());
        assertEquals(30, bob.age);
        assertEquals(UserStatus.SUSPENDED, bob.status);
        assertNull(bob.bio);
        assertNotNull(bob.createdAt);
        assertEquals(bob.createdAt, db().get(USER, bob.id).orElseThrow().createdAt);
    }

    @Test
    void oneAndFindOne() {
        assertEquals("Cid", db().select(USER).where(USER.age.eq(35)).one().name);
        NoResultException none = assertThrows(NoResultException.class, () -> db().select(USER).where(USER.age.eq(99)).one());
        assertFalse(none.getMessage().isBlank());
        assertThrows(NonUniqueResultException.class, () -> db().select(USER).where(USER.age.gt(30)).one());

        assertEquals(Optional.empty(), db().select(USER).where(USER.age.eq(99)).findOne());
        assertEquals("Dee", db().select(USER).where(USER.age.eq(40)).findOne().orElseThrow().name);
        assertThrows(NonUniqueResultException.class, () -> db().select(USER).where(USER.age.lt(40)).findOne());
        assertEquals("Ann", db().select(USER).orderBy(USER.age.asc()).limit(1).one().name);
    }

    @Test
    void streamHoldsAConnectionUntilClosed() {
        try (Stream<User> users = db().select(USER).orderBy(USER.age.asc()).stream()) {
            assertEquals(1, db().poolStats().active(), "an open stream holds its connection");
            assertEquals(List.of("Ann", "Bob"), users.limit(2).map(user -> user.name).toList());
        }
        assertEquals(0, db().poolStats().active(), "closing the stream releases its connection");
    }

    @Test
    void streamReadToItsEndReleasesItsConnection() {
        Iterator<User> users = db().select(USER).where(USER.age.ge(40)).orderBy(USER.age.asc()).stream().iterator();
        assertEquals("Dee", users.next().name);
        assertEquals("Eve", users.next().name);
        assertFalse(users.hasNext());
        assertEquals(0, db().poolStats().active(), "a stream read to its end closes itself");

        assertEquals(List.of("Ann", "Bob", "Cid", "Dee", "Eve"),
                db().select(USER).orderBy(USER.name.asc()).stream().map(user -> user.name).toList());
        assertEquals(0, db().poolStats().active());
        assertEquals(List.of(), db().select(USER).where(USER.age.gt(99)).stream().toList());
        assertEquals(0, db().poolStats().active());
    }

    @Test
    void count() {
        assertEquals(5, db().select(USER).count());
        assertEquals(3, db().select(USER).where(USER.age.gt(30)).count());
        assertEquals(3, db().select(USER).where(USER.age.gt(30)).orderBy(USER.name.desc()).count());
        assertEquals(0, db().select(USER).where(USER.age.in(List.of())).count());
    }

    @Test
    void toSqlQuotesIdentifiersAndBindsValues() {
        SelectQuery<User> query = db().select(USER)
                .where(USER.name.eq("O'Brien; DROP TABLE users").and(USER.age.in(List.of(1, 2, 3))))
                .orderBy(USER.age.desc())
                .limit(10);
        String sql = query.toSql();
        assertTrue(sql.startsWith("SELECT "), sql);
        assertTrue(sql.contains(quoted("FROM \"users\"")), sql);
        for (String column : List.of("id", "name", "email", "bio", "age", "created_at", "status")) {
            assertTrue(sql.contains(quoted("\"" + column + "\"")), () -> column + " is not quoted in " + sql);
        }
        assertTrue(sql.contains(quoted("\"name\" = ?")), sql);
        assertTrue(Pattern.compile(quoted("\"age\" IN \\(\\?,\\s*\\?,\\s*\\?\\)")).matcher(sql).find(), sql);
        assertTrue(sql.contains("ORDER BY "), sql);
        assertFalse(sql.contains("O'Brien"), sql);
        assertFalse(sql.contains("DROP"), sql);
        assertEquals(List.of("O'Brien; DROP TABLE users", 1, 2, 3), query.parameters().subList(0, 4));
        assertEquals(query.parameters().size(), sql.chars().filter(c -> c == '?').count(), sql);
        assertEquals(List.of(), query.fetch());

        String keywordSql = db().select(KEYWORD).where(KEYWORD.from.eq("x")).toSql();
        assertTrue(keywordSql.contains(quoted("FROM \"order\"")), keywordSql);
        assertTrue(keywordSql.contains(quoted("\"select\"")), keywordSql);
        assertTrue(keywordSql.contains(quoted("\"from\" = ?")), keywordSql);
    }
}
