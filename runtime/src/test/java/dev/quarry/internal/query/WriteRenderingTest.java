package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.add;
import static dev.quarry.query.Sql.exists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Visit;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of upserts, insert ... select, returning and writes with subqueries, per dialect. */
class WriteRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());
    private static final String INSERT_ANN = "INSERT INTO \"people\" (\"name\", \"email\", \"bio\", \"age\", \"status\")"
            + " VALUES (?, ?, ?, ?, ?)";

    @Test
    void upsertDoNothingAndDoUpdateOnATypedConflictTarget() {
        for (Operations ops : List.of(PG, SQLITE)) {
            var nothing = ops.insertInto(PERSON).values(new Person("Ann", "ann@x", 30)).onConflict(PERSON.email).doNothing();
            assertEquals(INSERT_ANN + " ON CONFLICT (\"email\") DO NOTHING", nothing.toSql());
            assertEquals(Arrays.asList("Ann", "ann@x", null, 30, Person.Status.ACTIVE), nothing.parameters());

            var update = ops.insertInto(PERSON).values(new Person("Ann", "ann@x", 30))
                    .onConflict(PERSON.email)
                    .doUpdateSetExcluded(PERSON.name)
                    .setExpression(PERSON.age, add(PERSON.age, 1))
                    .set(PERSON.bio, "again")
                    .returning(PERSON.id, PERSON.age);
            assertEquals(INSERT_ANN + " ON CONFLICT (\"email\") DO UPDATE SET \"name\" = EXCLUDED.\"name\","
                    + " \"age\" = \"people\".\"age\" + ?, \"bio\" = ? RETURNING \"id\", \"age\"", update.toSql());
            assertEquals(Arrays.asList("Ann", "ann@x", null, 30, Person.Status.ACTIVE, 1, "again"), update.parameters());
        }
        assertEquals("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") VALUES (?, ?, ?), (?, ?, ?)"
                        + " ON CONFLICT (\"person_id\", \"seq\") DO UPDATE SET \"note\" = EXCLUDED.\"note\"",
                PG.insertInto(VISIT).values(List.of(new Visit(1L, 1, "a"),
                                new Visit(1L, 2, "b")))
                        .onConflict(VISIT.personId, VISIT.seq).doUpdateSetExcluded(VISIT.note).toSql());
        assertEquals(INSERT_ANN + " ON CONFLICT DO NOTHING",
                SQLITE.insertInto(PERSON).values(new Person("Ann", "ann@x", 30)).onConflictDoNothing().toSql());
    }

    @Test
    void insertSelectAddsAWhereBeforeAnOnConflictForSqlite() {
        var copy = SQLITE.insertInto(VISIT).columns(VISIT.personId, VISIT.seq, VISIT.note)
                .select(SQLITE.select(PERSON).select(PERSON.id, PERSON.age, PERSON.name).where(PERSON.age.gt(1)));
        assertEquals("INSERT INTO \"visit\" (\"person_id\", \"seq\", \"note\") SELECT \"people\".\"id\","
                + " \"people\".\"age\", \"people\".\"name\" FROM \"people\" WHERE \"people\".\"age\" > ?", copy.toSql());
        assertEquals(List.of(1), copy.parameters());
        assertEquals("INSERT INTO \"visit\" (\"note\") SELECT \"people\".\"name\" FROM \"people\" WHERE 1 = 1"
                        + " ON CONFLICT DO NOTHING",
                SQLITE.insertInto(VISIT).columns(VISIT.note).select(SQLITE.select(PERSON).select(PERSON.name))
                        .onConflictDoNothing().toSql());
        assertThrows(IllegalArgumentException.class, () -> PG.insertInto(VISIT).columns(VISIT.note)
                .select(PG.select(PERSON).select(PERSON.name).map(String::trim)).toSql());
    }

    @Test
    void returningEntitiesAndExpressionsFromUpdatesAndDeletesWithSubqueries() {
        var update = PG.update(PERSON).set(PERSON.bio, "visited")
                .where(exists(PG.select(VISIT).where(VISIT.personId.eq(PERSON.id))))
                .returning();
        assertEquals("UPDATE \"people\" SET \"bio\" = ? WHERE EXISTS (SELECT \"visit\".\"person_id\", \"visit\".\"seq\","
                + " \"visit\".\"note\" FROM \"visit\" WHERE \"visit\".\"person_id\" = \"people\".\"id\") RETURNING \"id\","
                + " \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"", update.toSql());
        var delete = SQLITE.delete(VISIT)
                .where(VISIT.personId.in(SQLITE.select(PERSON).where(PERSON.age.lt(18)).select(PERSON.id)))
                .returning(VISIT.personId, VISIT.seq);
        assertEquals("DELETE FROM \"visit\" WHERE \"person_id\" IN (SELECT \"people\".\"id\" FROM \"people\" WHERE"
                + " \"people\".\"age\" < ?) RETURNING \"person_id\", \"seq\"", delete.toSql());
        assertEquals(List.of(18), delete.parameters());
        var bump = PG.update(VISIT).setExpression(VISIT.seq, add(VISIT.seq, 10)).set(VISIT.note, "moved").all();
        assertEquals("UPDATE \"visit\" SET \"seq\" = \"seq\" + ?, \"note\" = ?", bump.toSql());
        assertEquals(List.of(10, "moved"), bump.parameters());
    }

    @Test
    void writesReadingAnotherTableOutsideASubqueryFailBeforeRunning() {
        var wrong = PG.delete(VISIT).where(VISIT.note.eq(PERSON.name));
        IllegalStateException e = assertThrows(IllegalStateException.class, wrong::toSql);
        assertTrue(e.getMessage().contains("through a subquery"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> PG.update(PERSON).set(PERSON.bio, "x")
                .where(PERSON.name.eq(VISIT.note)).toSql());
    }
}
