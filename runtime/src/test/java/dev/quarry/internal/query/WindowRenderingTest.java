package dev.quarry.internal.query;

import static dev.quarry.fixture.Person_.PERSON;
import static dev.quarry.fixture.Visit_.VISIT;
import static dev.quarry.query.Sql.count;
import static dev.quarry.query.Sql.denseRank;
import static dev.quarry.query.Sql.lag;
import static dev.quarry.query.Sql.lead;
import static dev.quarry.query.Sql.over;
import static dev.quarry.query.Sql.rank;
import static dev.quarry.query.Sql.rowNumber;
import static dev.quarry.query.Sql.sum;
import static dev.quarry.query.Sql.upper;
import static dev.quarry.query.Sql.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.query.Window;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of window functions, per dialect. */
class WindowRenderingTest {
    private static Operations operations(Dialect dialect) {
        Engine engine = new Engine(dialect, new NoConnections(), new SqlLog(false));
        return new Operations(engine, engine);
    }

    private static final Operations PG = operations(new PostgresDialect());
    private static final Operations SQLITE = operations(new SqliteDialect());

    @Test
    void rankingFunctionsOverPartitionsAndOrders() {
        Window byPerson = window().partitionBy(VISIT.personId).orderBy(VISIT.seq.desc());
        for (Operations ops : List.of(PG, SQLITE)) {
            var query = ops.select(VISIT).select(VISIT.note, rowNumber().over(byPerson), rank().over(window()
                    .orderBy(VISIT.note.asc())), denseRank().over(window().orderBy(VISIT.note.asc(), VISIT.seq.asc())));
            assertEquals("SELECT \"note\", ROW_NUMBER() OVER (PARTITION BY \"person_id\" ORDER BY \"seq\" DESC),"
                    + " RANK() OVER (ORDER BY \"note\" ASC), DENSE_RANK() OVER (ORDER BY \"note\" ASC, \"seq\" ASC)"
                    + " FROM \"visit\"", query.toSql());
        }
    }

    @Test
    void lagLeadAndAggregatesOverWindowsBindTheirValues() {
        Window ordered = window().partitionBy(VISIT.personId, upper(VISIT.note)).orderBy(VISIT.seq.asc());
        var query = PG.select(VISIT).select(lag(VISIT.note).over(ordered), lead(VISIT.seq, 2).over(ordered),
                over(sum(VISIT.seq), ordered), over(count(), window()));
        assertEquals("SELECT LAG(\"note\") OVER (PARTITION BY \"person_id\", UPPER(\"note\") ORDER BY \"seq\" ASC),"
                + " LEAD(\"seq\", ?) OVER (PARTITION BY \"person_id\", UPPER(\"note\") ORDER BY \"seq\" ASC),"
                + " SUM(\"seq\") OVER (PARTITION BY \"person_id\", UPPER(\"note\") ORDER BY \"seq\" ASC),"
                + " COUNT(*) OVER () FROM \"visit\"", query.toSql());
        assertEquals(List.of(2), query.parameters());
        assertThrows(IllegalArgumentException.class, () -> over(VISIT.seq, window()));
        assertThrows(IllegalArgumentException.class, () -> lag(VISIT.seq, -1));
    }

    @Test
    void windowsOfJoinedTablesAreQualifiedAndChecked() {
        var joined = SQLITE.select(PERSON).join(VISIT).on(VISIT.personId.eq(PERSON.id))
                .select(PERSON.name, rowNumber().over(window().partitionBy(PERSON.id).orderBy(VISIT.seq.asc())));
        assertEquals("SELECT \"people\".\"name\", ROW_NUMBER() OVER (PARTITION BY \"people\".\"id\" ORDER BY"
                + " \"visit\".\"seq\" ASC) FROM \"people\" JOIN \"visit\" ON \"visit\".\"person_id\" = \"people\".\"id\"",
                joined.toSql());
        var wrong = SQLITE.select(PERSON).select(PERSON.name, rowNumber().over(window().orderBy(VISIT.seq.asc())));
        assertThrows(IllegalStateException.class, wrong::toSql);
    }
}
