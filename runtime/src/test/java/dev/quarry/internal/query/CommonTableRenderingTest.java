package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.exists;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.quarry.query.CommonTable4;
import dev.quarry.query.CommonTable5;
import dev.quarry.query.CommonTable6;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Tuple6;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of common table expressions, per dialect. */
class CommonTableRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    @Test
    void aCommonTableIsDefinedInFrontOfTheQueryThatReadsIt() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                    ops.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
            var query = ops.select(adults).join(VISIT).on(VISIT.personId.eq(adults.first))
                    .select(adults.second, VISIT.note).where(VISIT.seq.gt(2));
            assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE \"age\" >= ?)"
                    + " SELECT \"adults\".\"name\", \"visit\".\"note\" FROM \"adults\" JOIN \"visit\" ON"
                    + " \"visit\".\"person_id\" = \"adults\".\"id\" WHERE \"visit\".\"seq\" > ?", query.toSql());
            assertEquals(List.of(18, 2), query.parameters());
        }
    }

    @Test
    void aSetOperationDefinesTheCommonTablesOfEveryMemberInFront() {
        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                PG.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
        var names = PG.select(PERSON).select(PERSON.name).union(PG.select(adults).select(adults.second));
        assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE \"age\" >= ?)"
                + " SELECT \"name\" FROM \"people\" UNION SELECT \"name\" FROM \"adults\"", names.toSql());
    }

    @Test
    void aRecursiveCommonTableReadsItselfOnce() {
        CommonTable2<Long, String> chain = CommonTable2.recursive("chain", "id", Long.class, "name", String.class,
                self -> SQLITE.select(PERSON).where(PERSON.name.eq("root")).select(PERSON.id, PERSON.name)
                        .unionAll(SQLITE.select(VISIT).join(self).on(VISIT.personId.eq(self.first))
                                .select(VISIT.personId, VISIT.note)));
        var walk = SQLITE.select(chain).orderBy(chain.second.asc());
        assertEquals("WITH RECURSIVE \"chain\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE"
                + " \"name\" = ? UNION ALL SELECT \"visit\".\"person_id\", \"visit\".\"note\" FROM \"visit\" JOIN \"chain\""
                + " ON \"visit\".\"person_id\" = \"chain\".\"id\") SELECT \"id\", \"name\" FROM \"chain\" ORDER BY"
                + " \"name\" ASC", walk.toSql());
        assertEquals(List.of("root"), walk.parameters());
        assertThrows(UnsupportedOperationException.class, () -> chain.mapper().bindKey(null, null, 1));
        assertThrows(IllegalArgumentException.class, () -> CommonTable2.of("x", "a", Long.class, "a", Long.class,
                SQLITE.select(PERSON).select(PERSON.id, PERSON.id)));
    }

    @Test
    void aCommonTableOfThreeColumns() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CommonTable3<Long, String, Integer> adults = CommonTable3.of("adults", "id", Long.class, "name",
                    String.class, "age", Integer.class,
                    ops.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name, PERSON.age));
            var query = ops.select(adults).where(adults.third.lt(65)).orderBy(adults.second.asc());
            assertEquals("WITH \"adults\"(\"id\", \"name\", \"age\") AS (SELECT \"id\", \"name\", \"age\" FROM"
                    + " \"people\" WHERE \"age\" >= ?) SELECT \"id\", \"name\", \"age\" FROM \"adults\" WHERE"
                    + " \"age\" < ? ORDER BY \"name\" ASC", query.toSql());
            assertEquals(List.of(18, 65), query.parameters());
            assertEquals(Tuple3.class, adults.mapper().entityClass());
            assertEquals(List.of("id", "name", "age"), adults.columns().stream().map(c -> c.name()).toList());
        }
    }

    @Test
    void aRecursiveCommonTableOfFourColumns() {
        CommonTable4<Long, String, Integer, Integer> chain = CommonTable4.recursive("chain", "id", Long.class,
                "name", String.class, "depth", Integer.class, "seq", Integer.class,
                self -> PG.select(PERSON).where(PERSON.name.eq("root")).select(PERSON.id, PERSON.name, PERSON.age,
                                PERSON.age)
                        .unionAll(PG.select(VISIT).join(self).on(VISIT.personId.eq(self.first))
                                .select(VISIT.personId, VISIT.note, self.third, VISIT.seq)));
        var walk = PG.select(chain).select(chain.second, chain.fourth).orderBy(chain.third.desc());
        assertEquals("WITH RECURSIVE \"chain\"(\"id\", \"name\", \"depth\", \"seq\") AS (SELECT \"id\", \"name\","
                + " \"age\", \"age\" FROM \"people\" WHERE \"name\" = ? UNION ALL SELECT \"visit\".\"person_id\","
                + " \"visit\".\"note\", \"chain\".\"depth\", \"visit\".\"seq\" FROM \"visit\" JOIN \"chain\" ON"
                + " \"visit\".\"person_id\" = \"chain\".\"id\") SELECT \"name\", \"seq\" FROM \"chain\" ORDER BY"
                + " \"depth\" DESC", walk.toSql());
        assertTrue(chain.isRecursive());
    }

    @Test
    void aCommonTableOfFiveColumnsJoinedUnderAnAlias() {
        CommonTable5<Long, String, String, Integer, Person.Status> people = CommonTable5.of("p5", "id", Long.class,
                "name", String.class, "email", String.class, "age", Integer.class, "status", Person.Status.class,
                SQLITE.select(PERSON).select(PERSON.id, PERSON.name, PERSON.email, PERSON.age, PERSON.status));
        CommonTable5<Long, String, String, Integer, Person.Status> p = people.as("p");
        var query = SQLITE.select(VISIT).join(p).on(p.first.eq(VISIT.personId))
                .where(p.fifth.eq(Person.Status.ACTIVE)).select(p.third, VISIT.seq);
        assertEquals("WITH \"p5\"(\"id\", \"name\", \"email\", \"age\", \"status\") AS (SELECT \"id\", \"name\","
                + " \"email\", \"age\", \"status\" FROM \"people\") SELECT \"p\".\"email\", \"visit\".\"seq\" FROM"
                + " \"visit\" JOIN \"p5\" AS \"p\" ON \"p\".\"id\" = \"visit\".\"person_id\" WHERE \"p\".\"status\" = ?",
                query.toSql());
    }

    @Test
    void aCommonTableOfSixColumns() {
        CommonTable6<Long, String, String, Integer, Person.Status, Long> six = CommonTable6.of("six", "a", Long.class,
                "b", String.class, "c", String.class, "d", Integer.class, "e", Person.Status.class, "f", Long.class,
                PG.select(PERSON).select(PERSON.id, PERSON.name, PERSON.email, PERSON.age, PERSON.status, PERSON.id));
        assertEquals("WITH \"six\"(\"a\", \"b\", \"c\", \"d\", \"e\", \"f\") AS (SELECT \"id\", \"name\","
                + " \"email\", \"age\", \"status\", \"id\" FROM \"people\") SELECT \"f\" FROM \"six\" WHERE \"e\" IS NOT"
                + " NULL", PG.select(six).where(six.fifth.isNotNull()).select(six.sixth).toSql());
        assertEquals(Tuple6.class, six.mapper().entityClass());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> CommonTable6.of("x",
                "a", Long.class, "b", String.class, "c", String.class, "d", Integer.class, "e", Person.Status.class,
                "b", Long.class,
                PG.select(PERSON).select(PERSON.id, PERSON.name, PERSON.email, PERSON.age, PERSON.status, PERSON.id)));
        assertEquals("the columns of x need different names (b is given twice)", twice.getMessage());
    }
    @Test
    void twoSubqueriesReadingOneCommonTableDefineItOnceInFrontOfTheStatement() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                    ops.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
            var query = ops.select(PERSON).select(PERSON.name)
                    .where(PERSON.id.in(ops.select(adults).select(adults.first)))
                    .where(exists(ops.select(adults).where(adults.second.eq("Ann"))
                            .select(adults.first)));
            assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE"
                    + " \"age\" >= ?) SELECT \"name\" FROM \"people\" WHERE \"id\" IN (SELECT \"adults\".\"id\""
                    + " FROM \"adults\") AND EXISTS (SELECT \"adults\".\"id\" FROM \"adults\" WHERE"
                    + " \"adults\".\"name\" = ?)", query.toSql());
            assertEquals(List.of(18, "Ann"), query.parameters());
        }
    }

    @Test
    void aCommonTableReadByAnotherIsDefinedBeforeIt() {
        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                PG.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
        CommonTable2<Long, String> seniors = CommonTable2.of("seniors", "id", Long.class, "name", String.class,
                PG.select(adults).where(adults.first.gt(100L)).select(adults.first, adults.second));
        var query = PG.select(VISIT).select(VISIT.note)
                .where(VISIT.personId.in(PG.select(seniors).select(seniors.first)))
                .where(VISIT.personId.notIn(PG.select(adults).where(adults.second.eq("Bob")).select(adults.first)));
        assertEquals("WITH \"adults\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"people\" WHERE"
                + " \"age\" >= ?), \"seniors\"(\"id\", \"name\") AS (SELECT \"id\", \"name\" FROM \"adults\" WHERE"
                + " \"id\" > ?) SELECT \"note\" FROM \"visit\" WHERE \"person_id\" IN (SELECT"
                + " \"seniors\".\"id\" FROM \"seniors\") AND \"person_id\" NOT IN (SELECT \"adults\".\"id\""
                + " FROM \"adults\" WHERE \"adults\".\"name\" = ?)", query.toSql());
        assertEquals(List.of(18, 100L, "Bob"), query.parameters());
    }

    @Test
    void twoDifferentCommonTablesOfOneNameInOneStatementAreAnError() {
        CommonTable2<Long, String> adults = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                PG.select(PERSON).where(PERSON.age.ge(18)).select(PERSON.id, PERSON.name));
        CommonTable2<Long, String> others = CommonTable2.of("adults", "id", Long.class, "name", String.class,
                PG.select(PERSON).where(PERSON.age.lt(18)).select(PERSON.id, PERSON.name));
        var query = PG.select(PERSON).select(PERSON.name)
                .where(PERSON.id.in(PG.select(adults).select(adults.first)))
                .where(PERSON.id.in(PG.select(others).select(others.first)));
        IllegalStateException error = assertThrows(IllegalStateException.class, query::toSql);
        assertTrue(error.getMessage().contains("adults"), error.getMessage());
    }
}
