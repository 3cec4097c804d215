package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Sample_.SAMPLE;
import static dev.quarry.fixture.Visit_.VISIT;
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
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of projections, functions, aggregates, grouping and joins, per dialect, without a database. */
class ExpressionRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    /** A record for {@code into}. */
    record NameAge(String name, int age) {
    }

    @Test
    void projectionsScalarsTuplesAndRecords() {
        ResultQuery<Person, Tuple2<String, Integer>> tuples = PG.select(PERSON).where(PERSON.age.gt(18))
                .select(PERSON.name, PERSON.age).orderBy(PERSON.name.asc());
        assertEquals("SELECT \"name\", \"age\" FROM \"people\" WHERE \"age\" > ? ORDER BY \"name\" ASC", tuples.toSql());
        assertEquals(List.of(18), tuples.parameters());
        assertEquals("SELECT \"name\", \"age\" FROM \"people\"",
                PG.select(PERSON).select(PERSON.name, PERSON.age).into(NameAge::new).toSql());
        assertEquals("SELECT DISTINCT \"status\" FROM \"people\" LIMIT ? OFFSET ?",
                SQLITE.select(PERSON).select(PERSON.status).distinct().offset(2).toSql());
        assertEquals("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\" FROM \"people\"",
                PG.select(PERSON).select(PERSON.id, PERSON.name, PERSON.email, PERSON.bio, PERSON.age, PERSON.createdAt)
                        .toSql());
    }

    @Test
    void aggregatesGroupByAndHaving() {
        var query = PG.select(VISIT).select(VISIT.personId, count(), countDistinct(VISIT.note), sum(VISIT.seq),
                        avg(VISIT.seq), max(VISIT.note))
                .groupBy(VISIT.personId)
                .having(count(VISIT.seq).gt(1L))
                .orderBy(count(VISIT.seq).desc(), VISIT.personId.asc());
        assertEquals("SELECT \"person_id\", COUNT(*), COUNT(DISTINCT \"note\"), SUM(\"seq\"), AVG(\"seq\"), MAX(\"note\")"
                + " FROM \"visit\" GROUP BY \"person_id\" HAVING COUNT(\"seq\") > ?"
                + " ORDER BY COUNT(\"seq\") DESC, \"person_id\" ASC", query.toSql());
        assertEquals(List.of(1L), query.parameters());
        assertEquals("SELECT MIN(\"age\") FROM \"people\"", SQLITE.select(PERSON).select(min(PERSON.age)).toSql());
    }

    @Test
    void selectOfExpressionsReadsFromTheirTable() {
        ResultQuery<Person, String> names = PG.select(PERSON.name).where(PERSON.age.ge(18)).orderBy(PERSON.name.asc());
        assertEquals("SELECT \"name\" FROM \"people\" WHERE \"age\" >= ? ORDER BY \"name\" ASC", names.toSql());
        assertEquals(List.of(18), names.parameters());
        assertEquals(PG.select(PERSON).select(PERSON.name, PERSON.age).into(NameAge::new).toSql(),
                PG.select(PERSON.name, PERSON.age).into(NameAge::new).toSql());
        assertEquals("SELECT \"person_id\", COUNT(*), SUM(\"seq\") FROM \"visit\" GROUP BY \"person_id\"",
                SQLITE.select(VISIT.personId, count(), sumLong(VISIT.seq)).groupBy(VISIT.personId).toSql());
        assertEquals("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\" FROM \"people\"",
                SQLITE.select(PERSON.id, PERSON.name, PERSON.email, PERSON.bio, PERSON.age, PERSON.createdAt).toSql());
        assertEquals("SELECT \"m\".\"name\", UPPER(\"m\".\"email\"), \"m\".\"age\" FROM \"people\" AS \"m\"",
                PG.select(PERSON.as("m").name, upper(PERSON.as("m").email), PERSON.as("m").age).toSql());

        IllegalArgumentException two = assertThrows(IllegalArgumentException.class,
                () -> PG.select(PERSON.name, VISIT.note));
        assertTrue(two.getMessage().contains("reads 2 tables (people, visit)")
                && two.getMessage().contains("start from a table and join"), two.getMessage());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> PG.<Person, Long>select(count()));
        assertTrue(none.getMessage().contains("reads no table"), none.getMessage());
    }

    @Test
    void sumLongOfIntegerColumnsIsALongAndRejectsDecimals() {
        ResultQuery<Person, Long> years = PG.select(PERSON).select(sumLong(PERSON.age));
        assertEquals("SELECT SUM(\"age\") FROM \"people\"", years.toSql());
        assertEquals("SELECT \"person_id\", SUM(\"seq\"), SUM(\"person_id\") FROM \"visit\" GROUP BY \"person_id\"",
                SQLITE.select(VISIT).select(VISIT.personId, sumLong(VISIT.seq), sumLong(VISIT.personId))
                        .groupBy(VISIT.personId).toSql());
        assertEquals("SELECT SUM(\"seq\") OVER (PARTITION BY \"person_id\") FROM \"visit\"",
                PG.select(VISIT).select(Sql.over(sumLong(VISIT.seq), Sql.window().partitionBy(VISIT.personId))).toSql());

        IllegalArgumentException decimal = assertThrows(IllegalArgumentException.class, () -> sumLong(SAMPLE.amount));
        assertTrue(decimal.getMessage().contains("use sum(...)"), decimal.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sumLong(SAMPLE.dbl));
    }

    @Test
    void functionsOperatorsCaseAndCastPerDialect() {
        var query = PG.select(PERSON).select(lower(PERSON.name), upper(PERSON.email), length(PERSON.name),
                        concat(PERSON.name, value(" <"), PERSON.email, value(">")), coalesce(PERSON.bio, "none"),
                        add(multiply(PERSON.age, 2), 1))
                .where(subtract(PERSON.age, divide(PERSON.age, 2)).ge(10));
        assertEquals("SELECT LOWER(\"name\"), UPPER(\"email\"), LENGTH(\"name\"), \"name\" || ? || \"email\" || ?,"
                + " COALESCE(\"bio\", ?), (\"age\" * ?) + ? FROM \"people\" WHERE (\"age\" - (\"age\" / ?)) >= ?",
                query.toSql());
        assertEquals(List.of(" <", ">", "none", 2, 1, 2, 10), query.parameters());

        var casts = PG.select(PERSON).select(cast(PERSON.age, String.class), cast(PERSON.name, Long.class));
        assertEquals("SELECT CAST(\"age\" AS text), CAST(\"name\" AS bigint) FROM \"people\"", casts.toSql());
        assertEquals("SELECT CAST(\"age\" AS TEXT), CAST(\"name\" AS INTEGER) FROM \"people\"",
                SQLITE.select(PERSON).select(cast(PERSON.age, String.class), cast(PERSON.name, Long.class)).toSql());

        var cases = PG.select(PERSON).select(when(PERSON.age.lt(18), "minor").when(PERSON.age.lt(65), "adult")
                .otherwise("senior"));
        assertEquals("SELECT CASE WHEN \"age\" < ? THEN ? WHEN \"age\" < ? THEN ? ELSE ? END FROM \"people\"",
                cases.toSql());
        assertEquals(List.of(18, "minor", 65, "adult", "senior"), cases.parameters());

        assertEquals("SELECT CURRENT_TIMESTAMP, CURRENT_DATE FROM \"people\"",
                SQLITE.select(PERSON).select(Sql.<Person>now(), currentDate()).toSql());
        assertEquals("SELECT abs(\"age\"), pg_catalog.round(\"age\", ?) FROM \"people\"",
                PG.select(PERSON).select(function("abs", Integer.class, PERSON.age),
                        function("pg_catalog.round", Integer.class, PERSON.age, value(2))).toSql());
    }

    @Test
    void functionNamesMustBeIdentifiers() {
        for (String name : List.of("abs(1); drop table people; --", "a b", "", "1abs", "x.y.z", "abs\"", "a--b")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> function(name, Integer.class, PERSON.age));
            assertTrue(e.getMessage().contains("is not a function name"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> cast(PERSON.age, Object.class));
    }

    @Test
    void joinsQualifyColumnsAndAliasSelfJoins() {
        Person_ friend = PERSON.as("friend");
        var joined = PG.select(PERSON)
                .join(VISIT).on(VISIT.personId.eq(PERSON.id))
                .leftJoin(friend).on(friend.id.eq(PERSON.id))
                .where(VISIT.note.like("%x%"))
                .orderBy(PERSON.name.asc());
        assertEquals("SELECT \"people\".\"id\", \"people\".\"name\", \"people\".\"email\", \"people\".\"bio\","
                + " \"people\".\"age\", \"people\".\"created_at\", \"people\".\"status\" FROM \"people\""
                + " JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\""
                + " LEFT JOIN \"people\" AS \"friend\" ON \"friend\".\"id\" = \"people\".\"id\""
                + " WHERE \"visit\".\"note\" LIKE ? ORDER BY \"people\".\"name\" ASC", joined.toSql());

        var projected = SQLITE.select(PERSON).rightJoin(VISIT).on(VISIT.personId.eq(PERSON.id))
                .fullJoin(friend).on(friend.id.eq(PERSON.id))
                .select(PERSON.name, count(VISIT.seq))
                .groupBy(PERSON.name)
                .orderBy(count(VISIT.seq).desc());
        assertEquals("SELECT \"people\".\"name\", COUNT(\"visit\".\"seq\") FROM \"people\""
                + " RIGHT JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\""
                + " FULL JOIN \"people\" AS \"friend\" ON \"friend\".\"id\" = \"people\".\"id\""
                + " GROUP BY \"people\".\"name\" ORDER BY COUNT(\"visit\".\"seq\") DESC", projected.toSql());
        assertEquals("SELECT COUNT(*) FROM (SELECT \"people\".\"id\", \"people\".\"name\", \"people\".\"email\","
                + " \"people\".\"bio\", \"people\".\"age\", \"people\".\"created_at\", \"people\".\"status\""
                + " FROM \"people\" JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\") AS \"counted\"",
                ((JoinedQueryImpl<Person>) PG.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id)))
                        .renderCount().sql());
    }

    @Test
    void aTableMissingFromTheFromClauseFailsBeforeRunning() {
        IllegalStateException projected = assertThrows(IllegalStateException.class,
                () -> PG.select(PERSON).select(PERSON.name).where(PERSON.age.eq(VISIT.seq)).toSql());
        assertTrue(projected.getMessage().contains("reads table visit, which is not in its FROM clause (people)"),
                projected.getMessage());
        IllegalStateException compared = assertThrows(IllegalStateException.class,
                () -> PG.select(PERSON).where(PERSON.id.eq(VISIT.personId)).fetch());
        assertTrue(compared.getMessage().contains("visit"), compared.getMessage());
        IllegalStateException alias = assertThrows(IllegalStateException.class,
                () -> PG.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.as("p").id)).toSql());
        assertTrue(alias.getMessage().contains("people as p"), alias.getMessage());
    }

    @Test
    void queriesAreImmutableAndRenderOnce() {
        var base = PG.select(PERSON).select(PERSON.name, PERSON.age);
        var filtered = base.where(PERSON.age.gt(3));
        assertSame(filtered.toSql(), filtered.toSql(), "rendered once and kept");
        assertEquals("SELECT \"name\", \"age\" FROM \"people\"", base.toSql());
        assertEquals("SELECT \"name\", \"age\" FROM \"people\" WHERE \"age\" > ?", filtered.toSql());
    }
}
