package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.SelectQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL the DSL renders, per dialect, without a database. */
class SqlRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    private static final String PEOPLE_COLUMNS =
            "\"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"";

    @Test
    void selectAll() {
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\"", PG.select(PERSON).toSql());
        assertEquals(List.of(), PG.select(PERSON).parameters());
    }

    @Test
    void whereWithEveryComparison() {
        SelectQuery<Person> query = PG.select(PERSON)
                .where(PERSON.name.eq("Ada").and(PERSON.age.ne(3)).and(PERSON.age.lt(4)).and(PERSON.age.le(5))
                        .and(PERSON.age.gt(6)).and(PERSON.age.ge(7)))
                .where(PERSON.age.between(1, 9).or(PERSON.bio.isNull()).or(PERSON.bio.isNotNull()))
                .where(PERSON.email.like("%@x").and(PERSON.email.notLike("a%")).not())
                .where(PERSON.status.in(List.of(Person.Status.ACTIVE, Person.Status.BANNED)))
                .where(PERSON.age.notIn(List.of(1)))
                .where(PERSON.name.eq(PERSON.email).and(PERSON.name.ne(PERSON.bio)));
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\" WHERE \"name\" = ? AND \"age\" <> ?"
                + " AND \"age\" < ? AND \"age\" <= ? AND \"age\" > ? AND \"age\" >= ?"
                + " AND (\"age\" BETWEEN ? AND ? OR \"bio\" IS NULL OR \"bio\" IS NOT NULL)"
                + " AND NOT (\"email\" LIKE ? AND \"email\" NOT LIKE ?)"
                + " AND \"status\" IN (?, ?) AND \"age\" NOT IN (?)"
                + " AND \"name\" = \"email\" AND \"name\" <> \"bio\"", query.toSql());
        assertEquals(List.of("Ada", 3, 4, 5, 6, 7, 1, 9, "%@x", "a%", Person.Status.ACTIVE, Person.Status.BANNED, 1),
                query.parameters());
    }

    @Test
    void emptyInListsAreConstants() {
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\" WHERE 1 = 0 OR 1 = 1",
                PG.select(PERSON).where(PERSON.age.in(List.of()).or(PERSON.age.notIn(List.of()))).toSql());
    }

    @Test
    void orderLimitOffsetPerDialect() {
        SelectQuery<Person> pg = PG.select(PERSON).orderBy(PERSON.name.asc(), PERSON.bio.desc().nullsLast())
                .orderBy(PERSON.age.asc().nullsFirst()).limit(10).offset(20);
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\" ORDER BY \"name\" ASC, \"bio\" DESC NULLS LAST,"
                + " \"age\" ASC NULLS FIRST LIMIT ? OFFSET ?", pg.toSql());
        assertEquals(List.of(10L, 20L), pg.parameters());
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\" OFFSET ?", PG.select(PERSON).offset(5).toSql());
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\" LIMIT ? OFFSET ?",
                SQLITE.select(PERSON).offset(5).toSql(), "SQLite needs a LIMIT before OFFSET");
        assertEquals(List.of(-1L, 5L), SQLITE.select(PERSON).offset(5).parameters());
    }

    @Test
    void aliasedTableQualifiesColumns() {
        Person_ p = PERSON.as("p");
        assertEquals("SELECT \"p\".\"id\", \"p\".\"name\", \"p\".\"email\", \"p\".\"bio\", \"p\".\"age\","
                + " \"p\".\"created_at\", \"p\".\"status\" FROM \"people\" AS \"p\" WHERE \"p\".\"age\" > ?",
                PG.select(p).where(p.age.gt(18)).toSql());
        assertEquals("UPDATE \"people\" AS \"p\" SET \"bio\" = ? WHERE \"p\".\"id\" = ?",
                PG.update(p).set(p.bio, "x").where(p.id.eq(1L)).toSql());
        assertEquals("DELETE FROM \"people\" AS \"p\" WHERE \"p\".\"age\" < ?",
                PG.delete(p).where(p.age.lt(3)).toSql());
    }

    @Test
    void identifiersAreQuotedWithEmbeddedQuotesDoubled() {
        Person_ odd = PERSON.as("we\"ird");
        assertTrue(PG.select(odd).toSql().endsWith("FROM \"people\" AS \"we\"\"ird\""), PG.select(odd).toSql());
    }

    @Test
    void updateAndDelete() {
        var update = SQLITE.update(PERSON).set(PERSON.bio, null).set(PERSON.age, 3).where(PERSON.name.eq("Ada"));
        assertEquals("UPDATE \"people\" SET \"bio\" = ?, \"age\" = ? WHERE \"name\" = ?", update.toSql());
        assertEquals(java.util.Arrays.asList(null, 3, "Ada"), update.parameters());
        assertEquals("UPDATE \"people\" SET \"age\" = ?", SQLITE.update(PERSON).set(PERSON.age, 1).all().toSql());
        assertEquals("DELETE FROM \"visit\"", SQLITE.delete(VISIT).all().toSql());
        assertThrows(IllegalArgumentException.class,
                () -> SQLITE.update(PERSON).set(PERSON.age, 1).set(PERSON.age, 2));
    }

    @Test
    void countRendering() {
        assertEquals("SELECT COUNT(*) FROM \"people\" WHERE \"age\" > ?",
                countSql(PG.select(PERSON).where(PERSON.age.gt(1)).orderBy(PERSON.name.asc())));
        assertEquals("SELECT COUNT(*) FROM (SELECT 1 FROM \"people\" LIMIT ?) AS \"counted\"",
                countSql(PG.select(PERSON).limit(3)));
    }

    private static String countSql(SelectQuery<Person> query) {
        return ((SelectQueryImpl<Person>) query).renderCount().sql();
    }

    @Test
    void nullValuesPointAtIsNull() {
        NullPointerException eq = assertThrows(NullPointerException.class, () -> PERSON.name.eq((String) null));
        assertTrue(eq.getMessage().contains("isNull()"), eq.getMessage());
        NullPointerException ne = assertThrows(NullPointerException.class, () -> PERSON.name.ne((String) null));
        assertTrue(ne.getMessage().contains("isNotNull()"), ne.getMessage());
        assertThrows(NullPointerException.class, () -> PERSON.createdAt.gt((Instant) null));
        assertThrows(NullPointerException.class, () -> PERSON.age.in(java.util.Arrays.asList(1, null)));
        assertThrows(IllegalArgumentException.class, () -> PG.select(PERSON).limit(-1));
    }

    @Test
    void queriesRenderOnceAndAreImmutable() {
        SelectQuery<Person> base = PG.select(PERSON);
        SelectQuery<Person> filtered = base.where(PERSON.age.gt(1));
        assertSame(filtered.toSql(), filtered.toSql(), "rendered once and kept");
        assertEquals("SELECT " + PEOPLE_COLUMNS + " FROM \"people\"", base.toSql());
    }
}
