package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of keyset pagination ({@code seek}), per dialect. */
class KeysetRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());
    private static final String PERSON_COLUMNS = "\"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"";

    @Test
    void oneColumn() {
        for (Operations ops : List.of(PG, SQLITE)) {
            var page = ops.select(PERSON).orderBy(PERSON.id.asc()).seek(10L).limit(20);
            assertEquals("SELECT " + PERSON_COLUMNS + " FROM \"people\" WHERE \"id\" > ? ORDER BY \"id\" ASC LIMIT ?",
                    page.toSql());
            assertEquals(List.of(10L, 20L), page.parameters());
        }
    }

    @Test
    void severalColumnsInOneDirectionCompareRowValues() {
        for (Operations ops : List.of(PG, SQLITE)) {
            var page = ops.select(PERSON).select(PERSON.name)
                    .where(PERSON.age.gt(1).or(PERSON.name.eq("x")))
                    .orderBy(PERSON.age.desc(), PERSON.id.desc())
                    .seek(30, 5L)
                    .limit(2);
            assertEquals("SELECT \"name\" FROM \"people\" WHERE (\"age\" > ? OR \"name\" = ?) AND (\"age\", \"id\") < (?, ?)"
                    + " ORDER BY \"age\" DESC, \"id\" DESC LIMIT ?", page.toSql());
            assertEquals(List.of(1, "x", 30, 5L, 2L), page.parameters());
        }
        var joined = PG.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id))
                .orderBy(VISIT.seq.asc(), PERSON.id.asc()).seek(1, 2L);
        assertTrue(joined.toSql().endsWith(" WHERE (\"visit\".\"seq\", \"people\".\"id\") > (?, ?)"
                + " ORDER BY \"visit\".\"seq\" ASC, \"people\".\"id\" ASC"), joined.toSql());
    }

    @Test
    void mixedDirectionsExpandTheComparison() {
        var page = SQLITE.select(PERSON).select(PERSON.name, PERSON.id)
                .orderBy(PERSON.name.asc(), PERSON.age.desc(), PERSON.id.asc())
                .seek("Bob", 30, 3L);
        assertEquals("SELECT \"name\", \"id\" FROM \"people\" WHERE (\"name\" > ? OR (\"name\" = ? AND \"age\" < ?)"
                + " OR (\"name\" = ? AND \"age\" = ? AND \"id\" > ?)) ORDER BY \"name\" ASC, \"age\" DESC, \"id\" ASC",
                page.toSql());
        assertEquals(List.of("Bob", "Bob", 30, "Bob", 30, 3L), page.parameters());
    }

    @Test
    void misuseFailsBeforeAnythingRuns() {
        var people = PG.select(PERSON);
        assertTrue(assertThrows(IllegalStateException.class, () -> people.seek(1L)).getMessage()
                .contains("orderBy"));
        assertThrows(IllegalStateException.class, () -> people.orderBy(PERSON.age.asc(), PERSON.id.asc()).seek(1));
        assertThrows(IllegalArgumentException.class, () -> people.orderBy(PERSON.id.asc()).seek("1"));
        assertThrows(IllegalArgumentException.class, () -> people.orderBy(PERSON.id.asc()).seek(1));
        assertThrows(NullPointerException.class, () -> people.orderBy(PERSON.id.asc()).seek((Object) null));
        assertTrue(assertThrows(IllegalStateException.class, () -> people.orderBy(PERSON.bio.asc()).seek("b"))
                .getMessage().contains("nullable"));
        assertThrows(IllegalStateException.class, () -> people.orderBy(PERSON.id.asc().nullsLast()).seek(1L));
        var reordered = people.orderBy(PERSON.id.asc()).seek(1L).orderBy(PERSON.age.asc());
        assertThrows(IllegalStateException.class, reordered::toSql);
    }
}
