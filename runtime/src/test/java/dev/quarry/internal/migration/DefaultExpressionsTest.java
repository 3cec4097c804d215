package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Server defaults as the model writes them and as the catalogs report them (the PostgreSQL forms
 * are {@code pg_get_expr} output of PostgreSQL 16, the SQLite ones {@code PRAGMA table_info}).
 */
class DefaultExpressionsTest {
    private static final PostgresDialect PG = new PostgresDialect();
    private static final SqliteDialect SQLITE = new SqliteDialect();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            'draft'::character varying                         | 'draft'                 | 'draft'
            'x''y'::text                                       | 'x''y'                  | 'x''y'
            '0'::numeric                                       | 0                       | 0
            0                                                  | 0                       | 0
            '-1'::integer                                      | -1                      | -1
            '-1'::integer                                      | (-1)                    | -1
            1.5                                                | 1.5                     | 1.5
            true                                               | TRUE                    | true
            now()                                              | CURRENT_TIMESTAMP       | current_timestamp
            CURRENT_TIMESTAMP                                  | now()                   | current_timestamp
            CURRENT_DATE                                       | current_date            | current_date
            '2020-01-01 00:00:00'::timestamp without time zone | '2020-01-01 00:00:00'   | '2020-01-01 00:00:00'
            '2020-01-01 00:00:00+00'::timestamp with time zone | '2020-01-01 00:00:00+00' | '2020-01-01 00:00:00+00'
            'a'::character varying(20)                         | 'a'                     | 'a'
            '1.50'::numeric(10,2)                              | 1.50                    | 1.50
            '{}'::text[]                                       | '{}'                    | '{}'
            '{1,2}'::integer[][]                               | '{1,2}'                 | '{1,2}'
            '2020-01-01'::timestamp(3) with time zone          | '2020-01-01'            | '2020-01-01'
            'a'::"char"                                        | 'a'                     | 'a'
            nextval('seq'::regclass)                           | nextval('seq')          | nextval('seq')
            lower('ABC'::text)                                 | LOWER( 'ABC' )          | lower('ABC')
            gen_random_uuid()                                  | GEN_RANDOM_UUID()       | gen_random_uuid()
            """)
    void postgresCatalogAndModelAgree(String catalog, String model, String canonical) {
        assertEquals(canonical, PG.normalizeDefault(catalog));
        assertEquals(canonical, PG.normalizeDefault(model));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            CURRENT_TIMESTAMP      | (CURRENT_TIMESTAMP)       | current_timestamp
            current_timestamp      | (  CURRENT_TIMESTAMP )    | current_timestamp
            'draft'                | ('draft')                 | 'draft'
            -1                     | (-1)                      | -1
            5                      | 5                         | 5
            datetime('now')        | (DATETIME( 'now' ))       | datetime('now')
            'It''s'                | ('It''s')                 | 'It''s'
            """)
    void sqliteCatalogAndModelAgree(String catalog, String model, String canonical) {
        assertEquals(canonical, SQLITE.normalizeDefault(catalog));
        assertEquals(canonical, SQLITE.normalizeDefault(model));
    }

    @Test
    void nullStaysNull() {
        assertNull(PG.normalizeDefault(null));
        assertNull(SQLITE.normalizeDefault(null));
    }

    @Test
    void differentDefaultsStayDifferent() {
        assertNotEquals(PG.normalizeDefault("'draft'::character varying"), PG.normalizeDefault("'Draft'"));
        assertNotEquals(PG.normalizeDefault("'-1'::integer"), PG.normalizeDefault("1"));
        assertNotEquals(PG.normalizeDefault("false"), PG.normalizeDefault("TRUE"));
        assertNotEquals(PG.normalizeDefault("'a b'"), PG.normalizeDefault("'a  b'"));
        assertNotEquals(SQLITE.normalizeDefault("'draft'"), SQLITE.normalizeDefault("'DRAFT'"));
        // SQLite keeps a quoted number as text: '5' and 5 are different defaults there
        assertNotEquals(SQLITE.normalizeDefault("'5'"), SQLITE.normalizeDefault("5"));
    }

    @Test
    void parenthesesThatMatterStay() {
        assertEquals("(1 + 2) * 3", PG.normalizeDefault("((1 + 2) * 3)"));
        assertEquals("(1 + 2) * 3", SQLITE.normalizeDefault("((1 + 2) * 3)"));
    }
}
