package dev.quarry.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The wording of the N+1 detector's messages (its counting is tested against real databases). */
class StatementRepeatsTest {
    @Test
    void ordinalsReadAsEnglish() {
        assertEquals("1st", StatementRepeats.ordinal(1));
        assertEquals("2nd", StatementRepeats.ordinal(2));
        assertEquals("3rd", StatementRepeats.ordinal(3));
        assertEquals("4th", StatementRepeats.ordinal(4));
        assertEquals("11th", StatementRepeats.ordinal(11));
        assertEquals("12th", StatementRepeats.ordinal(12));
        assertEquals("13th", StatementRepeats.ordinal(13));
        assertEquals("21st", StatementRepeats.ordinal(21));
        assertEquals("102nd", StatementRepeats.ordinal(102));
        assertEquals("111th", StatementRepeats.ordinal(111));
    }

    @Test
    void longStatementsAreAbbreviatedInMessages() {
        String sql = "INSERT INTO t (a) VALUES " + "(?), ".repeat(400) + "(?)";
        assertEquals(sql.substring(0, 1000) + "... (" + sql.length() + " characters)", StatementRepeats.abbreviate(sql));
        assertSame("SELECT 1", StatementRepeats.abbreviate("SELECT 1"));
    }
}
