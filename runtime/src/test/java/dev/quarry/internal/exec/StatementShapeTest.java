package dev.quarry.internal.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** How the N+1 detector names a statement's shape. */
class StatementShapeTest {
    @Test
    void inListsOfAnyLengthAreOneShape() {
        String expected = "SELECT \"id\" FROM \"people\" WHERE \"id\" IN (?...) AND \"age\" > ?";
        assertEquals(expected, StatementShape.of("SELECT \"id\" FROM \"people\" WHERE \"id\" IN (?) AND \"age\" > ?"));
        assertEquals(expected, StatementShape.of("SELECT \"id\" FROM \"people\" WHERE \"id\" IN (?, ?) AND \"age\" > ?"));
        assertEquals(expected,
                StatementShape.of("SELECT \"id\" FROM \"people\" WHERE \"id\" IN ( ?,?,\n ? ) AND \"age\" > ?"));
    }

    @Test
    void everyListIsCollapsed() {
        assertEquals("SELECT * FROM t WHERE a IN (?...) AND b NOT IN (?...)",
                StatementShape.of("SELECT * FROM t WHERE a IN (?, ?) AND b NOT IN (?, ?, ?)"));
    }

    @Test
    void multiRowValuesOfAnyLengthAreOneShape() {
        String expected = "INSERT INTO \"t\" (\"a\", \"b\") VALUES (?...) RETURNING \"id\"";
        assertEquals(expected, StatementShape.of("INSERT INTO \"t\" (\"a\", \"b\") VALUES (?, ?) RETURNING \"id\""));
        assertEquals(expected,
                StatementShape.of("INSERT INTO \"t\" (\"a\", \"b\") VALUES (?, ?), (?, ?), (?, ?) RETURNING \"id\""));
    }

    @Test
    void rowValueListsAreCollapsed() {
        assertEquals("SELECT * FROM t WHERE (a, b) IN ((?...))",
                StatementShape.of("SELECT * FROM t WHERE (a, b) IN ((?, ?), (?, ?))"));
    }

    @Test
    void listsMixingPlaceholdersWithOtherTermsStay() {
        String sql = "SELECT coalesce(?, 1), f(?, \"a\") FROM t WHERE a IN (?, 2) AND b IN (SELECT c FROM u WHERE d = ?)";
        assertSame(sql, StatementShape.of(sql));
    }

    @Test
    void quotedTextAndCommentsAreLeftAlone() {
        assertEquals("SELECT '(?, ?)', \"x(?, ?)\" FROM t WHERE a IN (?...)",
                StatementShape.of("SELECT '(?, ?)', \"x(?, ?)\" FROM t WHERE a IN (?, ?)"));
        assertEquals("SELECT 'it''s (?, ?)' FROM t WHERE a IN (?...)",
                StatementShape.of("SELECT 'it''s (?, ?)' FROM t WHERE a IN (?, ?, ?)"));
        assertEquals("SELECT 1 -- in (?, ?)\nFROM t /* (?, ?) */ WHERE a IN (?...)",
                StatementShape.of("SELECT 1 -- in (?, ?)\nFROM t /* (?, ?) */ WHERE a IN (?, ?)"));
    }

    @Test
    void unterminatedQuotesAndListsDoNotFail() {
        assertSame("SELECT '(?, ?", StatementShape.of("SELECT '(?, ?"));
        assertSame("SELECT * FROM t WHERE a IN (?, ?", StatementShape.of("SELECT * FROM t WHERE a IN (?, ?"));
        assertSame("SELECT (?,", StatementShape.of("SELECT (?,"));
    }

    @Test
    void statementsWithoutListsAreTheirOwnShape() {
        String sql = "SELECT \"id\", \"name\" FROM \"people\" WHERE \"id\" = ?";
        assertSame(sql, StatementShape.of(sql));
        assertSame("CREATE TABLE t (a INT)", StatementShape.of("CREATE TABLE t (a INT)"));
    }
}
