package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.internal.schema.SchemaImpl;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.Dialects;
import dev.quarry.it.model.Tables;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import dev.quarry.testing.DatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Introspection of a live schema ({@code Dialect.introspector()}): the tables {@code createAll()}
 * makes from the model come back as the model declares them, and tables written by hand come
 * back with their own types, defaults, checks, keys and indexes. The extension creates no tables;
 * every test drops what it created.
 */
abstract class IntrospectionTests extends DialectTests {
    /** The tables the hand-written tests create, each after the tables that reference it. */
    private static final List<String> RAW_TABLES = List.of("history", "notes", "line_items", "orders", "docs", "items");

    protected IntrospectionTests(DatabaseExtension database) {
        super(database);
    }

    @AfterEach
    void dropEverything() {
        db().schema(Tables.ALL).dropAll();
        for (String table : RAW_TABLES) {
            database.execute("DROP TABLE IF EXISTS " + DatabaseExtension.quote(table));
        }
        assertEquals(List.of(), introspect(Set.of()), "tables left behind");
    }

    private Dialect dialect() {
        return Dialects.forUrl(database.url());
    }

    private List<TableSchema> introspect(Set<String> excluded) {
        try (Connection connection = database.connect()) {
            return dialect().introspector().tables(connection, excluded);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private TableSchema introspected(String table) {
        return introspect(Set.of()).stream().filter(t -> t.name().equals(table)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + table));
    }

    @Test
    void theModelComesBackAsDeclared() {
        db().schema(Tables.ALL).createAll();
        List<TableSchema> model = SchemaImpl.tableSchemas(Tables.ALL);
        List<TableSchema> live = introspect(Set.of());

        assertEquals(model.stream().map(TableSchema::name).sorted().toList(), live.stream().map(TableSchema::name).toList());
        Dialect dialect = dialect();
        for (TableSchema expected : model) {
            TableSchema actual = live.stream().filter(t -> t.name().equals(expected.name())).findFirst().orElseThrow();
            String table = expected.name();
            assertEquals(names(expected.columns()), names(actual.columns()), table + " columns");
            for (int i = 0; i < expected.columns().size(); i++) {
                ColumnSchema want = expected.columns().get(i);
                ColumnSchema got = actual.columns().get(i);
                String column = table + "." + want.name();
                assertTrue(dialect.declaredType(want).equalsIgnoreCase(dialect.declaredType(got)),
                        () -> column + ": " + dialect.declaredType(want) + " came back as " + dialect.declaredType(got));
                assertNull(got.sqlType(), () -> column + " has a type Quarry renders, yet kept " + got.sqlType());
                assertEquals(want.nullable(), got.nullable(), column + " nullable");
                assertEquals(want.generated(), got.generated(), column + " generated");
                assertEquals(dialect.normalizeDefault(want.serverDefault()), dialect.normalizeDefault(got.serverDefault()),
                        column + " default");
                assertEquals(got.name(), got.property(), column + " property");
            }
            assertEquals(expected.primaryKey(), actual.primaryKey(), table + " primary key");
            assertEquals(indexContent(expected.indexes()), indexContent(actual.indexes()), table + " indexes");
            assertEquals(foreignKeyContent(expected.foreignKeys()), foreignKeyContent(actual.foreignKeys()),
                    table + " foreign keys");
            assertEquals(expected.checks().stream().map(CheckSchema::name).sorted().toList(),
                    actual.checks().stream().map(CheckSchema::name).toList(), table + " checks");
            if (!postgres()) {
                // SQLite keeps the statement's text: the expression comes back as written.
                assertEquals(expected.checks().stream().sorted(Comparator.comparing(CheckSchema::name)).toList(),
                        actual.checks(), table + " check expressions");
            }
            assertNull(actual.version());
            assertNull(actual.createdAt());
            assertNull(actual.updatedAt());
        }
    }

    @Test
    void typesQuarryRendersMapBackAndOthersKeepTheirSpelling() {
        if (postgres()) {
            database.execute("CREATE TABLE docs (id bigint PRIMARY KEY, body jsonb NOT NULL, code varchar, title varchar(30),"
                    + " price numeric(10, 2), amount numeric, note text, at timestamp(3), seen timestamptz, day date,"
                    + " flag boolean, small smallint, ratio real, score double precision, raw bytea, key uuid, tags integer[])");
            TableSchema docs = introspected("docs");
            assertColumn(docs, "body", ValueType.STRING, 0, 0, 0, "jsonb");
            assertColumn(docs, "code", ValueType.STRING, 0, 0, 0, "character varying");
            assertColumn(docs, "title", ValueType.STRING, 30, 0, 0, null);
            assertColumn(docs, "price", ValueType.DECIMAL, 0, 10, 2, null);
            assertColumn(docs, "amount", ValueType.DECIMAL, 0, 0, 0, null);
            assertColumn(docs, "note", ValueType.STRING, 0, 0, 0, null);
            assertColumn(docs, "at", ValueType.STRING, 0, 0, 0, "timestamp(3) without time zone");
            assertColumn(docs, "seen", ValueType.INSTANT, 0, 0, 0, null);
            assertColumn(docs, "day", ValueType.LOCAL_DATE, 0, 0, 0, null);
            assertColumn(docs, "flag", ValueType.BOOLEAN, 0, 0, 0, null);
            assertColumn(docs, "small", ValueType.SHORT, 0, 0, 0, null);
            assertColumn(docs, "ratio", ValueType.FLOAT, 0, 0, 0, null);
            assertColumn(docs, "score", ValueType.DOUBLE, 0, 0, 0, null);
            assertColumn(docs, "raw", ValueType.BYTES, 0, 0, 0, null);
            assertColumn(docs, "key", ValueType.UUID, 0, 0, 0, null);
            assertColumn(docs, "tags", ValueType.STRING, 0, 0, 0, "integer[]");
            assertFalse(column(docs, "body").nullable());
            assertFalse(column(docs, "id").nullable(), "a key column is NOT NULL");
            assertFalse(column(docs, "id").generated());
            assertTrue(column(docs, "code").nullable());
        } else {
            database.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, body JSON NOT NULL, code VARCHAR(20), amount numeric,"
                    + " note text, raw BLOB, score REAL, untyped)");
            TableSchema docs = introspected("docs");
            assertColumn(docs, "id", ValueType.LONG, 0, 0, 0, null);
            assertColumn(docs, "body", ValueType.STRING, 0, 0, 0, "JSON");
            assertColumn(docs, "code", ValueType.STRING, 0, 0, 0, "VARCHAR(20)");
            assertColumn(docs, "amount", ValueType.DECIMAL, 0, 0, 0, null);
            assertColumn(docs, "note", ValueType.STRING, 0, 0, 0, null);
            assertColumn(docs, "raw", ValueType.BYTES, 0, 0, 0, null);
            assertColumn(docs, "score", ValueType.DOUBLE, 0, 0, 0, null);
            assertColumn(docs, "untyped", ValueType.STRING, 0, 0, 0, "");
            assertTrue(column(docs, "id").generated(), "an INTEGER PRIMARY KEY column is the rowid, assigned by the database");
            assertFalse(column(docs, "id").nullable());
            assertFalse(column(docs, "body").nullable());
        }
        assertEquals(List.of("id"), introspected("docs").primaryKey());
    }

    @Test
    void serverDefaultsAreTheDatabasesText() {
        if (postgres()) {
            database.execute("CREATE TABLE items (id serial PRIMARY KEY, code bigint GENERATED ALWAYS AS IDENTITY,"
                    + " status text NOT NULL DEFAULT 'new', n integer DEFAULT 42, at timestamptz DEFAULT now(), plain text)");
            TableSchema items = introspected("items");
            assertTrue(column(items, "id").generated(), "serial");
            assertNull(column(items, "id").serverDefault(), "a serial's sequence is not a default");
            assertTrue(column(items, "code").generated(), "identity");
            assertNull(column(items, "code").serverDefault());
            assertEquals("'new'::text", column(items, "status").serverDefault());
            assertEquals("42", column(items, "n").serverDefault());
            assertEquals("now()", column(items, "at").serverDefault());
        } else {
            database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL DEFAULT 'new',"
                    + " n INTEGER DEFAULT 42, at TEXT DEFAULT (CURRENT_TIMESTAMP), plain TEXT)");
            TableSchema items = introspected("items");
            assertTrue(column(items, "id").generated());
            assertEquals("'new'", column(items, "status").serverDefault());
            assertEquals("42", column(items, "n").serverDefault());
            assertEquals("CURRENT_TIMESTAMP", column(items, "at").serverDefault());
        }
        TableSchema items = introspected("items");
        assertNull(column(items, "plain").serverDefault());
        assertFalse(column(items, "status").generated());
        assertFalse(column(items, "status").nullable());
        assertTrue(column(items, "n").nullable());
    }

    @Test
    void checkConstraintsByName() {
        database.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, price INTEGER NOT NULL CHECK (price >= 0),"
                + " label TEXT, CONSTRAINT \"label_(not)_empty\" CHECK (length(label) > 0 AND label <> ')'),"
                + " CONSTRAINT price_below_1000 CHECK (price < 1000))");
        List<CheckSchema> checks = introspected("items").checks();
        assertEquals(List.of("items_price_check", "label_(not)_empty", "price_below_1000"),
                checks.stream().map(CheckSchema::name).toList());
        if (postgres()) {
            assertEquals(List.of("(price >= 0)", "((length(label) > 0) AND (label <> ')'::text))", "(price < 1000)"),
                    checks.stream().map(CheckSchema::expression).toList());
        } else {
            assertEquals(List.of("price >= 0", "length(label) > 0 AND label <> ')'", "price < 1000"),
                    checks.stream().map(CheckSchema::expression).toList());
        }
    }

    @Test
    void compositeForeignKeysWithTheirActions() {
        database.execute(
                "CREATE TABLE orders (region INTEGER NOT NULL, number INTEGER NOT NULL, PRIMARY KEY (region, number))",
                "CREATE TABLE line_items (id INTEGER PRIMARY KEY, order_region INTEGER NOT NULL, order_number INTEGER NOT NULL,"
                        + " replaces INTEGER REFERENCES line_items (id) ON DELETE SET NULL,"
                        + " CONSTRAINT \"fk_line_items_order\" FOREIGN KEY (order_number, order_region)"
                        + " REFERENCES orders (number, region) ON DELETE CASCADE)",
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, item INTEGER, CONSTRAINT fk_notes_item FOREIGN KEY (item)"
                        + " REFERENCES line_items ON DELETE RESTRICT)");
        assertEquals(List.of("region", "number"), introspected("orders").primaryKey());
        assertEquals(List.of(
                        new ForeignKeySchema("fk_line_items_order", List.of("order_number", "order_region"), "orders",
                                List.of("number", "region"), ReferentialAction.CASCADE),
                        new ForeignKeySchema("line_items_replaces_fkey", List.of("replaces"), "line_items", List.of("id"),
                                ReferentialAction.SET_NULL)),
                introspected("line_items").foreignKeys());
        assertEquals(List.of(new ForeignKeySchema("fk_notes_item", List.of("item"), "line_items", List.of("id"),
                ReferentialAction.RESTRICT)), introspected("notes").foreignKeys());
        assertEquals(List.of(), introspected("orders").foreignKeys());
    }

    @Test
    void uniqueConstraintsUniqueIndexesAndPlainIndexes() {
        database.execute(
                "CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, a INTEGER, b INTEGER, c INTEGER,"
                        + " CONSTRAINT \"uq_items_b_a\" UNIQUE (b, a))",
                "CREATE UNIQUE INDEX ux_items_c_a ON items (c, a)",
                "CREATE INDEX \"ix_items_c\" ON items (c)");
        assertEquals(List.of(
                        new IndexSchema("items_code_key", List.of("code"), true),
                        new IndexSchema("ix_items_c", List.of("c"), false),
                        new IndexSchema("uq_items_b_a", List.of("b", "a"), true),
                        new IndexSchema("ux_items_c_a", List.of("c", "a"), true)),
                introspected("items").indexes());
    }

    @Test
    void excludedTablesAreLeftOut() {
        database.execute("CREATE TABLE history (version INTEGER PRIMARY KEY)", "CREATE TABLE items (id INTEGER PRIMARY KEY)",
                "CREATE TABLE docs (id INTEGER PRIMARY KEY)");
        assertEquals(List.of("docs", "history", "items"), introspect(Set.of()).stream().map(TableSchema::name).toList());
        assertEquals(List.of("docs", "items"), introspect(Set.of("history")).stream().map(TableSchema::name).toList());
    }

    private static void assertColumn(TableSchema table, String name, ValueType type, int length, int precision, int scale,
            String sqlType) {
        ColumnSchema column = column(table, name);
        assertEquals(List.of(type, length, precision, scale), List.of(column.type(), column.length(), column.precision(),
                column.scale()), () -> name + ": " + column);
        assertEquals(sqlType, column.sqlType(), () -> name + ": " + column);
    }

    private static ColumnSchema column(TableSchema table, String name) {
        ColumnSchema column = table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        assertNotNull(column, () -> "no column " + name + " in " + table);
        return column;
    }

    private static List<String> names(List<ColumnSchema> columns) {
        return columns.stream().map(ColumnSchema::name).toList();
    }

    private static Set<String> indexContent(List<IndexSchema> indexes) {
        return indexes.stream().map(index -> index.columns() + (index.unique() ? " unique" : ""))
                .collect(Collectors.toSet());
    }

    private static Set<String> foreignKeyContent(List<ForeignKeySchema> keys) {
        return keys.stream().map(key -> key.columns() + " -> " + key.referencedTable() + key.referencedColumns() + " "
                + key.onDelete()).collect(Collectors.toSet());
    }
}
