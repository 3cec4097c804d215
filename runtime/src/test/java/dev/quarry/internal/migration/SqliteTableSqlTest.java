package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.internal.migration.SqliteTableSql.Check;
import dev.quarry.internal.migration.SqliteTableSql.Constraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading constraint names and check expressions back from SQLite {@code CREATE TABLE} text. */
class SqliteTableSqlTest {
    @Test
    void readsWhatQuarryWrites() {
        SqliteTableSql sql = SqliteTableSql.parse("CREATE TABLE \"users\" (\n"
                + "    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                + "    \"email\" TEXT NOT NULL,\n"
                + "    \"status\" TEXT NOT NULL DEFAULT ('ACTIVE'),\n"
                + "    \"team_id\" INTEGER NOT NULL,\n"
                + "    CONSTRAINT \"ux_users_email\" UNIQUE (\"email\"),\n"
                + "    CONSTRAINT \"fk_users_team_id\" FOREIGN KEY (\"team_id\") REFERENCES \"teams\" (\"id\") ON DELETE CASCADE,\n"
                + "    CONSTRAINT \"users_status_check\" CHECK (\"status\" IN ('ACTIVE', 'GONE'))\n"
                + ")");
        assertEquals(Set.of("id"), sql.inlineKeys());
        assertEquals(List.of(new Constraint("ux_users_email", List.of("email"))), sql.uniques());
        assertEquals(List.of(new Constraint("fk_users_team_id", List.of("team_id"))), sql.foreignKeys());
        assertEquals(List.of(new Check("users_status_check", null, "\"status\" IN ('ACTIVE', 'GONE')")), sql.checks());
    }

    @Test
    void quotesCommentsAndNestedParenthesesDoNotEndAConstraint() {
        SqliteTableSql sql = SqliteTableSql.parse("create table t ( -- a comment, with a comma (and a paren\n"
                + "  [a b] varchar(10, 2) constraint a_ok check (length([a b]) in (1, 2) or [a b] = ')'),\n"
                + "  `c``d` int constraint u unique /* unique, too ) */ references p,\n"
                + "  e text check (e <> 'it''s (odd'),\n"
                + "  primary key (\"a b\"),\n"
                + "  unique (e, `c``d`),\n"
                + "  foreign key (e) references q (x)\n"
                + ") without rowid");
        assertEquals(Set.of(), sql.inlineKeys());
        assertEquals(List.of(new Constraint("u", List.of("c`d")), new Constraint(null, List.of("e", "c`d"))), sql.uniques());
        assertEquals(List.of(new Constraint(null, List.of("c`d")), new Constraint(null, List.of("e"))), sql.foreignKeys());
        assertEquals(List.of(new Check("a_ok", "a b", "length([a b]) in (1, 2) or [a b] = ')'"),
                new Check(null, "e", "e <> 'it''s (odd'")), sql.checks());
    }

    @Test
    void anIntegerKeyOfATableWithoutRowidsIsNoRowid() {
        assertEquals(Set.of("id"), SqliteTableSql.parse("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)").inlineKeys());
        assertEquals(Set.of(), SqliteTableSql.parse("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT) WITHOUT ROWID")
                .inlineKeys());
    }

    @Test
    void aStatementWithoutColumnsHasNoParts() {
        SqliteTableSql sql = SqliteTableSql.parse(null);
        assertEquals(List.of(), sql.checks());
        assertEquals(Set.of(), sql.inlineKeys());
    }
}
