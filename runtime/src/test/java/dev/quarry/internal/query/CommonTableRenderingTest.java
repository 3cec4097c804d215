package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CommonTable2;
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
}
