package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.CommonTable3;
import dev.quarry.query.Tuple2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of derived tables ({@code FROM (SELECT ...) AS name}), per dialect. */
class DerivedTableRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    @Test
    void aDerivedTableIsSelectedFromWithItsColumnsNamedByPosition() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CommonTable2<Long, Long> perPerson = CommonTable2.derived("per_person",
                    ops.select(VISIT).select(VISIT.personId, count()).groupBy(VISIT.personId));
            assertTrue(perPerson.isDerived());
            assertFalse(perPerson.isRecursive());
            var busy = ops.select(perPerson).where(perPerson.second.gt(1L)).select(perPerson.first)
                    .orderBy(perPerson.first.asc());
            assertEquals("SELECT \"first\" FROM (SELECT \"person_id\" AS \"first\", COUNT(*) AS \"second\""
                    + " FROM \"visit\" GROUP BY \"person_id\") AS \"per_person\" WHERE \"second\" > ?"
                    + " ORDER BY \"first\" ASC", busy.toSql());
            assertEquals(List.of(1L), busy.parameters());
            assertEquals("SELECT \"first\", \"second\" FROM (SELECT \"person_id\" AS \"first\", COUNT(*) AS"
                    + " \"second\" FROM \"visit\" GROUP BY \"person_id\") AS \"per_person\"",
                    ops.select(perPerson).toSql(), "the whole derived table, read as tuples");
        }
    }

    @Test
    void anEntityTableJoinsADerivedTableWhoseParametersComeInOrder() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CommonTable2<Long, Long> perPerson = CommonTable2.derived("per_person",
                    ops.select(VISIT).where(VISIT.note.ne("x")).select(VISIT.personId, count()).groupBy(VISIT.personId));
            var query = ops.select(PERSON).where(PERSON.age.gt(30)).join(perPerson).on(perPerson.first.eq(PERSON.id))
                    .select(PERSON.name, perPerson.second).where(perPerson.second.ge(2L));
            assertEquals("SELECT \"people\".\"name\", \"per_person\".\"second\" FROM \"people\" JOIN (SELECT"
                    + " \"person_id\" AS \"first\", COUNT(*) AS \"second\" FROM \"visit\" WHERE"
                    + " \"note\" <> ? GROUP BY \"person_id\") AS \"per_person\" ON"
                    + " \"per_person\".\"first\" = \"people\".\"id\" WHERE \"people\".\"age\" > ? AND"
                    + " \"per_person\".\"second\" >= ?", query.toSql());
            assertEquals(List.of("x", 30, 2L), query.parameters());
        }
    }

    @Test
    void aliasesOfOneDerivedTableJoinEachOther() {
        CommonTable3<Long, String, Integer> adults = CommonTable3.derived("adults",
                PG.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name, PERSON.age));
        CommonTable3<Long, String, Integer> a = adults.as("a");
        CommonTable3<Long, String, Integer> b = adults.as("b");
        var pairs = PG.select(a).join(b).on(a.third.lt(b.third)).select(a.second, b.second);
        assertEquals("SELECT \"a\".\"second\", \"b\".\"second\" FROM (SELECT \"id\" AS \"first\","
                + " \"name\" AS \"second\", \"age\" AS \"third\" FROM \"people\" WHERE"
                + " \"age\" >= ?) AS \"a\" JOIN (SELECT \"id\" AS \"first\", \"name\""
                + " AS \"second\", \"age\" AS \"third\" FROM \"people\" WHERE \"age\" >= ?) AS"
                + " \"b\" ON \"a\".\"third\" < \"b\".\"third\"", pairs.toSql());
        assertEquals(List.of(18, 18), pairs.parameters());
    }

    @Test
    void aSetOperationIsADerivedTableNamedByItsFirstMember() {
        CommonTable2<String, Person.Status> named = CommonTable2.derived("named",
                SQLITE.select(PERSON).where(PERSON.age.lt(20)).select(PERSON.name, PERSON.status)
                        .unionAll(SQLITE.select(PERSON).where(PERSON.age.gt(60)).select(PERSON.name, PERSON.status)));
        var query = SQLITE.select(named).where(named.second.eq(Person.Status.ACTIVE)).select(named.first);
        assertEquals("SELECT \"first\" FROM (SELECT \"name\" AS \"first\", \"status\" AS"
                + " \"second\" FROM \"people\" WHERE \"age\" < ? UNION ALL SELECT \"name\","
                + " \"status\" FROM \"people\" WHERE \"age\" > ?) AS \"named\" WHERE"
                + " \"second\" = ?", query.toSql());
        assertEquals(List.of(20, 60, Person.Status.ACTIVE), query.parameters());
    }

    @Test
    void aCommonTableReadByADerivedTableIsDefinedInFrontOfTheStatement() {
        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                PG.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
        CommonTable2<Long, Long> perAdult = CommonTable2.derived("per_adult",
                PG.select(adults).join(VISIT).on(VISIT.personId.eq(adults.first))
                        .select(adults.first, count()).groupBy(adults.first));
        var query = PG.select(adults).join(perAdult).on(perAdult.first.eq(adults.first))
                .select(adults.second, perAdult.second);
        assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE \"age\" >= ?)"
                + " SELECT \"adults\".\"name\", \"per_adult\".\"second\" FROM \"adults\" JOIN (SELECT \"adults\".\"id\""
                + " AS \"first\", COUNT(*) AS \"second\" FROM \"adults\" JOIN \"visit\" ON \"visit\".\"person_id\" ="
                + " \"adults\".\"id\" GROUP BY \"adults\".\"id\") AS \"per_adult\" ON \"per_adult\".\"first\" ="
                + " \"adults\".\"id\"", query.toSql());
        var only = PG.select(perAdult).select(perAdult.second);
        assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE \"age\" >= ?)"
                + " SELECT \"second\" FROM (SELECT \"adults\".\"id\" AS \"first\", COUNT(*) AS \"second\" FROM"
                + " \"adults\" JOIN \"visit\" ON \"visit\".\"person_id\" = \"adults\".\"id\" GROUP BY \"adults\".\"id\")"
                + " AS \"per_adult\"", only.toSql(), "hoisted in front even when only the derived table reads it");
    }

    @Test
    void aDerivedTableCannotReadTheTablesBesideIt() {
        CommonTable2<Long, Integer> lateral = CommonTable2.derived("lateral",
                PG.select(VISIT).where(VISIT.personId.eq(PERSON.id)).select(VISIT.personId, VISIT.seq));
        var query = PG.select(PERSON).join(lateral).on(lateral.first.eq(PERSON.id)).select(PERSON.name);
        IllegalStateException error = assertThrows(IllegalStateException.class, query::toSql);
        assertTrue(error.getMessage().contains("reads table people, which is not in its FROM clause"),
                error.getMessage());
    }

    @Test
    void aDerivedTableNeedsAnUnmappedProjectionOfItsArity() {
        IllegalArgumentException mapped = assertThrows(IllegalArgumentException.class, () -> CommonTable2.derived("m",
                PG.select(PERSON).select(PERSON.id, PERSON.age).map(t -> new Tuple2<>(t.first(), t.second()))));
        assertTrue(mapped.getMessage().contains("selects entities or maps its rows"), mapped.getMessage());
        IllegalArgumentException scalar = assertThrows(IllegalArgumentException.class, () -> CommonTable2.derived("s",
                PG.select(PERSON).select(PERSON.id).map(id -> new Tuple2<>(id, id))));
        assertTrue(scalar.getMessage().contains("a derived table of 2 columns"), scalar.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CommonTable2.derived(" ",
                PG.select(PERSON).select(PERSON.id, PERSON.age)));
        CommonTable2<Long, Integer> table = CommonTable2.derived("t", PG.select(PERSON).select(PERSON.id, PERSON.age));
        UnsupportedOperationException write = assertThrows(UnsupportedOperationException.class,
                () -> table.mapper().key(new Tuple2<>(1L, 2)));
        assertEquals("the derived table t is a query: it can be read, not written", write.getMessage());
    }
}
