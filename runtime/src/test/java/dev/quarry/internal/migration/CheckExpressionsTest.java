package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Check expressions as the model writes them and as the catalogs report them (the PostgreSQL
 * forms are {@code pg_get_constraintdef} output of PostgreSQL 16 for the model's text).
 */
class CheckExpressionsTest {
    private static final PostgresDialect PG = new PostgresDialect();
    private static final SqliteDialect SQLITE = new SqliteDialect();

    @Test
    void postgresRewrittenEnumCheckOnVarcharEqualsTheModels() {
        String catalog = "CHECK (((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])))";
        assertEquals("status in ('A', 'B')", PG.normalizeCheck(catalog));
        assertEquals("status in ('A', 'B')", PG.normalizeCheck("\"status\" IN ('A', 'B')"));
    }

    @Test
    void postgresRewrittenEnumCheckOnTextEqualsTheModels() {
        assertEquals(PG.normalizeCheck("\"status2\" IN ('A', 'B')"),
                PG.normalizeCheck("CHECK ((status2 = ANY (ARRAY['A'::text, 'B'::text])))"));
        assertEquals(PG.normalizeCheck("\"status2\" IN ('A', 'B')"),
                PG.normalizeCheck("(status2 = ANY (ARRAY['A'::text, 'B'::text]))"));
    }

    @Test
    void enumChecksWithOtherValuesDiffer() {
        String catalog = "CHECK (((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[])))";
        assertNotEquals(PG.normalizeCheck(catalog), PG.normalizeCheck("\"status\" IN ('A', 'B', 'C')"));
        assertNotEquals(PG.normalizeCheck(catalog), PG.normalizeCheck("\"status\" IN ('a', 'B')"));
        assertNotEquals(PG.normalizeCheck(catalog), PG.normalizeCheck("\"kind\" IN ('A', 'B')"));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CHECK (((s)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[]))) | s NOT IN ('x','y')
            CHECK (((s)::text = 'A'::text))                                                              | "s" IN ('A')
            CHECK ((i > '-1'::integer))                                                                  | i > -1
            CHECK ((((i > 0) OR (i < '-5'::integer)) AND ((s)::text <> 'z'::text)))                      | (i > 0 or i < -5) and s != 'z'
            CHECK ((NOT (i = 3)))                                                                        | NOT (i = 3)
            CHECK ((d >= 0.5))                                                                           | d >= 0.5
            CHECK ((s IS NOT NULL))                                                                      | s is not null
            CHECK ((length((s)::text) > 2))                                                              | LENGTH("s") > 2
            """)
    void postgresCatalogFormsEqualTheWrittenOnes(String catalog, String written) {
        assertEquals(PG.normalizeCheck(written), PG.normalizeCheck(catalog));
    }

    @Test
    void precedenceIsKept() {
        assertNotEquals(PG.normalizeCheck("(a > 0 OR b > 0) AND c > 0"), PG.normalizeCheck("a > 0 OR b > 0 AND c > 0"));
        assertNotEquals(PG.normalizeCheck("NOT (a > 0 AND b > 0)"), PG.normalizeCheck("NOT a > 0 AND b > 0"));
        assertEquals("(a > 0 or b > 0) and c > 0", PG.normalizeCheck("(((a > 0) OR (b > 0)) AND (c > 0))"));
        assertEquals("a > 0 or b > 0 and c > 0", PG.normalizeCheck("((a > 0) OR ((b > 0) AND (c > 0)))"));
    }

    @Test
    void sqliteKeepsTheTextSoOnlySpellingIsNormalised() {
        assertEquals("status in ('A', 'B')", SQLITE.normalizeCheck("\"status\" IN ('A', 'B')"));
        assertEquals("status in ('A', 'B')", SQLITE.normalizeCheck("( status in ( 'A','B' ) )"));
        assertEquals("\"Mixed Case\" in ('A')", SQLITE.normalizeCheck("\"Mixed Case\" IN ('A')"));
        assertNotEquals(SQLITE.normalizeCheck("\"status\" IN ('A', 'B')"), SQLITE.normalizeCheck("\"status\" IN ('A', 'C')"));
    }
}
