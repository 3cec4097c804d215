package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The scanning of quoted parts, comments and dollar quotes that the SQL tokenizers and the splitter share. */
class SqlScannerTest {
    @Test
    void quotedPartsEndAfterTheirClosingQuote() {
        assertEquals(4, SqlScanner.quoteEnd("'ab' x", 0, false));
        assertEquals(8, SqlScanner.quoteEnd("x \"a\"\"b\" y", 2, false));
        assertEquals(6, SqlScanner.quoteEnd("`c``d` ", 0, false));
        assertEquals(2, SqlScanner.quoteEnd("''", 0, false));
    }

    @Test
    void bracketsCloseAtTheFirstClosingBracket() {
        assertEquals(3, SqlScanner.quoteEnd("[a]]", 0, false));
        assertEquals(5, SqlScanner.quoteEnd("[a b] int", 0, false));
    }

    @Test
    void backslashEscapesOnlyWhenAsked() {
        String sql = "'it\\'s' x";
        assertEquals(5, SqlScanner.quoteEnd(sql, 0, false));
        assertEquals(7, SqlScanner.quoteEnd(sql, 0, true));
    }

    @Test
    void anUnclosedQuoteHasNoEndOrRunsToTheEndOfTheText() {
        assertEquals(-1, SqlScanner.quoteEnd("'oops", 0, false));
        assertEquals(-1, SqlScanner.quoteEnd("\"a\"\"", 0, false));
        assertEquals(-1, SqlScanner.quoteEnd("'a\\'", 0, true));
        assertEquals(5, SqlScanner.skipQuote("'oops", 0, false));
        assertEquals(3, SqlScanner.skipQuote("'a' b", 0, false));
    }

    @Test
    void escapeStringsStartWithAnEThatEndsNoWord() {
        assertTrue(SqlScanner.opensEscapeString("E'x'", 1));
        assertTrue(SqlScanner.opensEscapeString("SELECT e'x'", 8));
        assertFalse(SqlScanner.opensEscapeString("'x'", 0));
        assertFalse(SqlScanner.opensEscapeString("type'x'", 4));
    }

    @Test
    void lineCommentsEndAfterTheirLineBreak() {
        assertEquals(6, SqlScanner.commentEnd("-- a;\nb", 0, false));
        assertEquals(7, SqlScanner.commentEnd("x -- a;", 2, true));
    }

    @Test
    void blockCommentsNestOnlyWhenAsked() {
        String sql = "/* a /* b */ c */ d";
        assertEquals(12, SqlScanner.commentEnd(sql, 0, false));
        assertEquals(17, SqlScanner.commentEnd(sql, 0, true));
        assertEquals(6, SqlScanner.commentEnd("/* a ;", 0, false));
        assertEquals(9, SqlScanner.commentEnd("/* /* */ ", 0, true));
    }

    @Test
    void noCommentStartsElsewhere() {
        assertEquals(0, SqlScanner.commentEnd("- 1", 0, true));
        assertEquals(1, SqlScanner.commentEnd("a/ *", 1, false));
    }

    @Test
    void dollarQuotesEndAfterTheirClosingTag() {
        assertEquals(7, SqlScanner.dollarQuoteEnd("$$ ; $$ x", 0));
        assertEquals(17, SqlScanner.dollarQuoteEnd("$a$ $b$ ; $b$ $a$;", 0));
    }

    @Test
    void anUnclosedDollarQuoteRunsToTheEndOfTheText() {
        assertEquals(8, SqlScanner.dollarQuoteEnd("$body$ x", 0));
    }

    @Test
    void aDollarInANameOrAParameterIsNoDollarQuote() {
        assertEquals(1, SqlScanner.dollarQuoteEnd("a$b$c", 1));
        assertEquals(0, SqlScanner.dollarQuoteEnd("$1 $", 0));
        assertEquals(0, SqlScanner.dollarQuoteEnd("$a b$", 0));
        assertEquals(0, SqlScanner.dollarQuoteEnd("x", 0));
    }
}
