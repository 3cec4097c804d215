package dev.quarry.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.SqlLog;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.query.TextQuery;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named parameters of raw SQL: parsing, and the errors raised before anything runs (no database). */
class TextQueryTest {
    private static final Operations OPS;

    static {
        Engine engine = new Engine(new PostgresDialect(), new NoConnections(), new SqlLog(false));
        OPS = new Operations(engine, engine);
    }

    @Test
    void namedParametersBecomeQuestionMarksInOrderAndMayRepeat() {
        TextQuery query = OPS.text("select * from users where age > :age and (name = :name or bio = :name) and age < :age2");
        assertEquals("select * from users where age > ? and (name = ? or bio = ?) and age < ?", query.toSql());
        assertEquals(List.of("age", "name", "age2"), query.parameterNames());
    }

    @Test
    void quotesCommentsCastsAndDollarStringsAreNotParameters() {
        String sql = "select ':no', \"a:b\", x::text, 'it''s :no' -- :no\n, $$ :no $$, $q$ :no $q$ /* :no */ from t"
                + " where y = :yes";
        TextQuery query = OPS.text(sql);
        assertEquals(List.of("yes"), query.parameterNames());
        assertEquals(sql.replace(":yes", "?"), query.toSql());
    }

    @Test
    void malformedTextIsRejectedAtOnce() {
        assertThrows(IllegalArgumentException.class, () -> OPS.text("select 'open"));
        assertThrows(IllegalArgumentException.class, () -> OPS.text("select 1 /* open"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> OPS.text("select * from t where a = ?"))
                .getMessage().contains(":name"));
        assertThrows(IllegalArgumentException.class, () -> OPS.text("  "));
    }

    @Test
    void unknownAndMissingParametersFailBeforeRunning() {
        TextQuery query = OPS.text("select name from users where age > :age and name like :pattern");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> query.bind("agee", 3));
        assertTrue(unknown.getMessage().contains(":agee") && unknown.getMessage().contains(":age, :pattern"),
                unknown.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> query.bind("age", 3).as(String.class).fetch());
        assertTrue(missing.getMessage().contains(":pattern is not bound"), missing.getMessage());
        assertThrows(IllegalStateException.class, query::execute);
        assertThrows(NullPointerException.class, () -> query.bind("age", null));
        assertThrows(IllegalArgumentException.class, () -> query.bind("age", new Object()));
    }
}
