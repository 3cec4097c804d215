package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.exists;
import static dev.quarry.query.Sql.max;
import static dev.quarry.query.Sql.notExists;
import static dev.quarry.query.Sql.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.fixture.Person;
import dev.quarry.fixture.Person_;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.CompoundQuery;
import dev.quarry.query.Sql;
import dev.quarry.query.Tuple2;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of subqueries (in, exists, scalar, correlated) and set operations, per dialect. */
class SubqueryRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());
    private static final String PERSON_COLUMNS = "\"id\", \"name\", \"email\", \"bio\", \"age\", \"created_at\", \"status\"";

    @Test
    void inSubqueryQualifiesTheInnerColumnsAndBindsInOrder() {
        for (Operations ops : List.of(PG, SQLITE)) {
            var query = ops.select(PERSON).where(PERSON.age.gt(18))
                    .where(PERSON.id.in(ops.select(VISIT).where(VISIT.note.eq("x")).select(VISIT.personId)))
                    .where(PERSON.name.ne("z"));
            assertEquals("SELECT " + PERSON_COLUMNS + " FROM \"people\" WHERE \"age\" > ? AND \"id\" IN (SELECT"
                    + " \"visit\".\"person_id\" FROM \"visit\" WHERE \"visit\".\"note\" = ?) AND \"name\" <> ?", query.toSql());
            assertEquals(List.of(18, "x", "z"), query.parameters());
        }
        assertEquals("SELECT \"name\" FROM \"people\" WHERE \"id\" NOT IN (SELECT DISTINCT \"visit\".\"person_id\" FROM"
                        + " \"visit\")",
                PG.select(PERSON).select(PERSON.name)
                        .where(PERSON.id.notIn(PG.select(VISIT).select(VISIT.personId).distinct())).toSql());
    }

    @Test
    void correlatedExistsAndScalarSubqueries() {
        var authors = PG.select(PERSON).where(exists(PG.select(VISIT).where(VISIT.personId.eq(PERSON.id))));
        assertEquals("SELECT " + PERSON_COLUMNS + " FROM \"people\" WHERE EXISTS (SELECT \"visit\".\"person_id\","
                + " \"visit\".\"seq\", \"visit\".\"note\" FROM \"visit\" WHERE \"visit\".\"person_id\" = \"people\".\"id\")",
                authors.toSql());
        assertEquals("SELECT \"name\" FROM \"people\" WHERE NOT EXISTS (SELECT \"visit\".\"seq\" FROM \"visit\""
                        + " WHERE \"visit\".\"person_id\" = \"people\".\"id\")",
                SQLITE.select(PERSON).select(PERSON.name)
                        .where(notExists(SQLITE.select(VISIT).select(VISIT.seq).where(VISIT.personId.eq(PERSON.id))))
                        .toSql());

        var visits = PG.select(PERSON).select(PERSON.name,
                        scalar(PG.select(VISIT).select(count()).where(VISIT.personId.eq(PERSON.id))))
                .where(Sql.<Person, Integer>scalar(PG.select(VISIT).select(max(VISIT.seq)).where(VISIT.personId.eq(PERSON.id))).gt(2))
                .orderBy(PERSON.name.asc());
        assertEquals("SELECT \"name\", (SELECT COUNT(*) FROM \"visit\" WHERE \"visit\".\"person_id\" = \"people\".\"id\")"
                + " FROM \"people\" WHERE (SELECT MAX(\"visit\".\"seq\") FROM \"visit\" WHERE \"visit\".\"person_id\" ="
                + " \"people\".\"id\") > ? ORDER BY \"name\" ASC", visits.toSql());
        assertEquals(List.of(2), visits.parameters());
    }

    @Test
    void aliasedOuterTablesAndNestedSubqueries() {
        Person_ p = PERSON.as("p");
        var query = PG.select(p).select(p.name).where(exists(PG.select(VISIT)
                .where(VISIT.personId.eq(p.id))
                .where(VISIT.seq.in(PG.select(VISIT.as("v")).select(VISIT.as("v").seq).where(VISIT.as("v").note.eq(p.name))))));
        assertEquals("SELECT \"p\".\"name\" FROM \"people\" AS \"p\" WHERE EXISTS (SELECT \"visit\".\"person_id\","
                + " \"visit\".\"seq\", \"visit\".\"note\" FROM \"visit\" WHERE \"visit\".\"person_id\" = \"p\".\"id\" AND"
                + " \"visit\".\"seq\" IN (SELECT \"v\".\"seq\" FROM \"visit\" AS \"v\" WHERE \"v\".\"note\" = \"p\".\"name\"))",
                query.toSql());
    }

    @Test
    void aSubqueryReadingATableOfNoEnclosingQueryFailsBeforeRunning() {
        var orphan = PG.select(VISIT).where(exists(PG.select(VISIT).select(VISIT.seq).where(VISIT.note.eq(PERSON.name))));
        IllegalStateException e = assertThrows(IllegalStateException.class, orphan::toSql);
        assertTrue(e.getMessage().contains("reads table people"), e.getMessage());
        assertTrue(e.getMessage().contains("enclosing"), e.getMessage());
    }

    @Test
    void scalarAndInNeedAProjectionOfOneUnmappedExpression() {
        var two = PG.select(VISIT).select(VISIT.personId, VISIT.seq);
        assertThrows(IllegalArgumentException.class, () -> scalar(two));
        var mapped = PG.select(VISIT).select(VISIT.personId).map(id -> id + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PERSON.id.in(mapped));
        assertTrue(e.getMessage().contains("maps its rows"), e.getMessage());
    }

    @Test
    void setOperationsOrderByPositionAndPaginateAsAWhole() {
        for (Operations ops : List.of(PG, SQLITE)) {
            CompoundQuery<Tuple2<String, Integer>> query = ops.select(PERSON).where(PERSON.age.lt(30))
                    .select(PERSON.name, PERSON.age)
                    .union(ops.select(PERSON).where(PERSON.age.gt(60)).select(PERSON.name, PERSON.age))
                    .unionAll(ops.select(VISIT).select(VISIT.note, VISIT.seq))
                    .orderBy(PERSON.age.desc(), PERSON.name.asc())
                    .limit(10);
            assertEquals("SELECT \"name\", \"age\" FROM \"people\" WHERE \"age\" < ? UNION SELECT \"name\", \"age\" FROM"
                    + " \"people\" WHERE \"age\" > ? UNION ALL SELECT \"note\", \"seq\" FROM \"visit\" ORDER BY 2 DESC, 1 ASC"
                    + " LIMIT ?", query.toSql());
            assertEquals(List.of(30, 60, 10L), query.parameters());
        }
        assertEquals("SELECT \"name\" FROM \"people\" INTERSECT SELECT \"note\" FROM \"visit\" EXCEPT SELECT \"name\" FROM"
                        + " \"people\" WHERE \"age\" > ?",
                PG.select(PERSON).select(PERSON.name).intersect(PG.select(VISIT).select(VISIT.note))
                        .except(PG.select(PERSON).where(PERSON.age.gt(1)).select(PERSON.name)).toSql());
    }

    @Test
    void anIntersectAfterAnotherOperatorIsEvaluatedLeftToRight() {
        var query = SQLITE.select(PERSON).select(PERSON.name)
                .union(SQLITE.select(VISIT).select(VISIT.note))
                .intersect(SQLITE.select(PERSON).where(PERSON.age.gt(1)).select(PERSON.name))
                .orderBy(PERSON.name.asc());
        assertEquals("SELECT * FROM (SELECT \"name\" FROM \"people\" UNION SELECT \"note\" FROM \"visit\") AS \"compound\""
                + " INTERSECT SELECT \"name\" FROM \"people\" WHERE \"age\" > ? ORDER BY 1 ASC", query.toSql());
    }

    @Test
    void setOperationsRejectMismatchedOrOrderedMembers() {
        var names = PG.select(PERSON).select(PERSON.name);
        assertThrows(IllegalArgumentException.class, () -> names.union(PG.select(PERSON).select(PERSON.name).limit(1)));
        assertThrows(IllegalArgumentException.class, () -> names.orderBy(PERSON.name.asc()).union(names));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> names.union(names).orderBy(PERSON.age.asc()));
        assertTrue(e.getMessage().contains("does not select"), e.getMessage());
        var wide = PG.select(PERSON).select(PERSON.name, PERSON.age).map(Tuple2::first);
        assertThrows(IllegalArgumentException.class, () -> names.union(wide));
    }
}
