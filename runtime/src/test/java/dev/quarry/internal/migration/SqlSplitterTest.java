package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting scripts into statements. */
class SqlSplitterTest {
    @Test
    void splitsOnSemicolonsAndTrims() {
        assertEquals(List.of("CREATE TABLE a (id int)", "INSERT INTO a VALUES (1)", "DROP TABLE b"),
                SqlSplitter.split("CREATE TABLE a (id int);\n\n  INSERT INTO a VALUES (1) ;\nDROP TABLE b"));
    }

    @Test
    void skipsEmptyStatementsAndCommentOnlyParts() {
        assertEquals(List.of("SELECT 1"), SqlSplitter.split(";;\n  ;SELECT 1;;\n-- the end;\n/* really; */\n"));
        assertEquals(List.of(), SqlSplitter.split("-- only a comment\n/* and; another */\n  \n"));
        assertEquals(List.of(), SqlSplitter.split(""));
    }

    @Test
    void keepsSemicolonsInStrings() {
        assertEquals(List.of("INSERT INTO t VALUES ('a;b', 'it''s; fine')", "SELECT 2"),
                SqlSplitter.split("INSERT INTO t VALUES ('a;b', 'it''s; fine');SELECT 2;"));
    }

    @Test
    void keepsSemicolonsInEscapeStrings() {
        assertEquals(List.of("SELECT E'it\\'s; ok'", "SELECT 2"), SqlSplitter.split("SELECT E'it\\'s; ok'; SELECT 2"));
    }

    @Test
    void aBackslashInAPlainStringIsNoEscape() {
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 2"), SqlSplitter.split("SELECT 'C:\\'; SELECT 2"));
    }

    @Test
    void keepsSemicolonsInQuotedIdentifiers() {
        assertEquals(List.of("CREATE TABLE \"odd;name\" (\"a\"\"; b\" int)", "SELECT 1"),
                SqlSplitter.split("CREATE TABLE \"odd;name\" (\"a\"\"; b\" int); SELECT 1"));
    }

    @Test
    void keepsSemicolonsInComments() {
        List<String> statements = SqlSplitter.split("""
                -- drop it; really
                DROP TABLE a; /* one; /* nested; */ still comment; */ DROP TABLE b;
                SELECT 1 -- trailing; comment
                ;""");
        assertEquals(List.of("-- drop it; really\nDROP TABLE a", "/* one; /* nested; */ still comment; */ DROP TABLE b",
                "SELECT 1 -- trailing; comment"), statements);
    }

    @Test
    void keepsSemicolonsInDollarQuotes() {
        String function = """
                CREATE FUNCTION touch() RETURNS trigger AS $body$
                BEGIN
                    NEW.updated := now(); -- a comment with a 'quote
                    RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql""";
        String anonymous = "DO $$ BEGIN RAISE NOTICE 'a;b'; END $$";
        assertEquals(List.of(function, anonymous, "SELECT 1"),
                SqlSplitter.split(function + ";\n" + anonymous + ";\nSELECT 1;"));
    }

    @Test
    void dollarQuotesWithOtherTagsInside() {
        String sql = "SELECT $a$ x $b$ ; $b$ ; $a$";
        assertEquals(List.of(sql, "SELECT 2"), SqlSplitter.split(sql + "; SELECT 2"));
    }

    @Test
    void aDollarInsideAnIdentifierOrAParameterIsNoQuote() {
        assertEquals(List.of("SELECT a$b$c FROM t", "SELECT $1", "SELECT 2"),
                SqlSplitter.split("SELECT a$b$c FROM t; SELECT $1; SELECT 2"));
    }

    @Test
    void keepsSqliteTriggerBodiesWhole() {
        String trigger = """
                CREATE TRIGGER posts_touch AFTER UPDATE ON posts
                BEGIN
                    UPDATE posts SET updated = 1 WHERE id = NEW.id;
                    INSERT INTO log VALUES ('end;');
                END""";
        assertEquals(List.of(trigger, "SELECT 1"), SqlSplitter.split(trigger + ";\nSELECT 1;"));
        String temporary = "create temp trigger t after insert on a begin delete from b; end";
        assertEquals(List.of(temporary, "SELECT 1"), SqlSplitter.split(temporary + "; SELECT 1"));
    }

    @Test
    void anUnterminatedStringRunsToTheEnd() {
        assertEquals(List.of("SELECT 'oops; SELECT 2"), SqlSplitter.split("SELECT 'oops; SELECT 2"));
    }

    @Test
    void windowsLineEndings() {
        assertEquals(List.of("SELECT 1", "-- c;\r\nSELECT 2"), SqlSplitter.split("SELECT 1;\r\n-- c;\r\nSELECT 2;\r\n"));
    }
}
