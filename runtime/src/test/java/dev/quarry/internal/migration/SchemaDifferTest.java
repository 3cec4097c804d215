package dev.quarry.internal.migration;

import static dev.quarry.internal.migration.Tables.bare;
import static dev.quarry.internal.migration.Tables.column;
import static dev.quarry.internal.migration.Tables.foreignKey;
import static dev.quarry.internal.migration.Tables.identity;
import static dev.quarry.internal.migration.Tables.nullable;
import static dev.quarry.internal.migration.Tables.table;
import static dev.quarry.internal.migration.Tables.varchar;
import static dev.quarry.internal.migration.Tables.withDefault;
import static dev.quarry.internal.migration.Tables.withSqlType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differ: every change kind, their order, rename candidates, and what counts as equal per dialect. */
class SchemaDifferTest {
    private static final SchemaDiffer PG = new SchemaDiffer(new PostgresDialect());
    private static final SchemaDiffer SQLITE = new SchemaDiffer(new SqliteDialect());

    /** The database: every kind of change is needed to reach {@link #model()}. */
    private static List<TableSchema> database() {
        return List.of(
                table("authors").column(varchar("name", 100)).column(varchar("nick", 50))
                        .column(column("age", ValueType.INT)).column(nullable(varchar("bio", 200)))
                        .column(varchar("email", 100)).index("ix_authors_name", false, "name")
                        .check("authors_age_check", "(age > 0)").build(),
                table("books").references("author_id", "authors").column(varchar("status", 10))
                        .column(column("title", ValueType.STRING))
                        .check("books_status_check", "((status)::text = ANY ((ARRAY['A'::character varying,"
                                + " 'B'::character varying])::text[]))").build(),
                table("tags").column(varchar("label", 30)).build(),
                table("legacy").build(),
                table("legacy_notes").references("legacy_id", "legacy").build());
    }

    private static List<TableSchema> model() {
        return List.of(
                table("authors").column(varchar("name", 100)).column(varchar("handle", 50))
                        .column(column("born", ValueType.LOCAL_DATE)).column(nullable(column("bio", ValueType.STRING)))
                        .column(nullable(varchar("email", 100))).index("ux_authors_email", true, "email").build(),
                table("books").column(column("author_id", ValueType.LONG))
                        .foreignKey(foreignKey("fk_books_author_id", "author_id", "authors", ReferentialAction.CASCADE))
                        .column(varchar("status", 10)).column(column("title", ValueType.STRING))
                        .references("reader_id", "readers").index("ux_books_title", true, "title")
                        .check("books_status_check", "\"status\" IN ('A', 'B', 'C')").build(),
                table("tags").column(varchar("label", 30)).key("id", "label").build(),
                table("reviews").references("book_id", "books").references("reader_id", "readers").build(),
                table("readers").build());
    }

    @Test
    void everyKindOfChangeInTheCanonicalOrder() {
        assertEquals(List.of(
                "drop foreign key fk_books_author_id on books",
                "drop check authors_age_check on authors",
                "drop index ix_authors_name on authors",
                "drop check books_status_check on books",
                "create table readers",
                "create table reviews",
                "rename column authors.nick to handle (candidate: confirm)",
                "add column authors.born",
                "alter column authors.bio (type)",
                "alter column authors.email (drop not null)",
                "drop column authors.age",
                "add column books.reader_id",
                "alter primary key of tags [id] -> [id, label]",
                "add unique constraint ux_authors_email on authors [email]",
                "add unique constraint ux_books_title on books [title]",
                "add check books_status_check on books: \"status\" IN ('A', 'B', 'C')",
                "add foreign key fk_books_author_id books[author_id] -> authors[id]",
                "add foreign key fk_books_reader_id books[reader_id] -> readers[id]",
                "drop table legacy_notes",
                "drop table legacy"),
                PG.diff(database(), model()).changes().stream().map(Object::toString).toList());
    }

    @Test
    void theDownDiffIsTheInverseInCanonicalOrder() {
        for (SchemaDiffer differ : List.of(PG, SQLITE)) {
            SchemaDiff up = differ.diff(database(), model());
            SchemaDiff down = differ.diff(model(), database());
            List<String> inverse = up.changes().stream().map(SchemaDifferTest::inverse).map(Object::toString).sorted()
                    .toList();
            assertEquals(inverse, down.changes().stream().map(Object::toString).sorted().toList());
            assertCanonicalOrder(up.changes());
            assertCanonicalOrder(down.changes());
            assertEquals("create table legacy", down.changes().stream()
                    .filter(change -> change instanceof SchemaChange.CreateTable).findFirst().orElseThrow().toString());
            assertEquals(List.of("drop table reviews", "drop table readers"), down.changes().stream()
                    .filter(change -> change instanceof SchemaChange.DropTable).map(Object::toString).toList());
        }
    }

    @Test
    void anUnchangedModelGivesAnEmptyDiff() {
        assertTrue(PG.diff(model(), model()).isEmpty());
        assertTrue(SQLITE.diff(model(), model()).isEmpty());
        assertTrue(PG.diff(List.of(), List.of()).isEmpty());
        assertEquals("no changes", PG.diff(database(), database()).toString());
    }

    @Test
    void theDiffKeepsBothSides() {
        SchemaDiff diff = PG.diff(database(), model());
        assertEquals(database(), diff.from());
        assertEquals(model(), diff.to());
        assertTrue(diff.destructive());
    }

    @Test
    void aColumnReplacedByOneOfTheSameTypeIsARename() {
        TableSchema from = table("t").column(varchar("a", 20)).column(column("n", ValueType.INT)).build();
        TableSchema to = table("t").column(varchar("b", 20)).column(column("n", ValueType.INT)).build();
        assertEquals(List.of(new RenameColumn("t", varchar("a", 20), varchar("b", 20))),
                PG.diff(List.of(from), List.of(to)).changes());
        assertFalse(PG.diff(List.of(from), List.of(to)).destructive());
    }

    @Test
    void twoNewColumnsOfTheSameTypeAreNoRename() {
        TableSchema from = table("t").column(varchar("a", 20)).build();
        TableSchema to = table("t").column(varchar("b", 20)).column(varchar("c", 20)).build();
        assertEquals(List.of(new AddColumn("t", varchar("b", 20)), new AddColumn("t", varchar("c", 20)),
                new DropColumn("t", varchar("a", 20))), PG.diff(List.of(from), List.of(to)).changes());
    }

    @Test
    void twoGoneColumnsClaimingOneNewColumnAreNoRename() {
        TableSchema from = table("t").column(varchar("a", 20)).column(varchar("b", 20)).build();
        TableSchema to = table("t").column(varchar("c", 20)).build();
        assertEquals(List.of(new AddColumn("t", varchar("c", 20)), new DropColumn("t", varchar("a", 20)),
                new DropColumn("t", varchar("b", 20))), PG.diff(List.of(from), List.of(to)).changes());
    }

    @Test
    void aRenameNeedsTheSameTypeAndNullability() {
        TableSchema from = table("t").column(varchar("a", 20)).column(varchar("x", 20)).build();
        TableSchema to = table("t").column(varchar("b", 30)).column(nullable(varchar("y", 20))).build();
        assertEquals(List.of("add column t.b", "add column t.y", "drop column t.a", "drop column t.x"),
                PG.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
        // on SQLite both are TEXT: a and x could each have become b, so neither is taken for a rename
        assertEquals(List.of("add column t.b", "add column t.y", "drop column t.a", "drop column t.x"),
                SQLITE.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
        TableSchema oneCandidate = table("t").column(varchar("b", 30)).column(nullable(varchar("y", 20)))
                .column(varchar("x", 20)).build();
        assertEquals(List.of("rename column t.a to b (candidate: confirm)", "add column t.y"),
                SQLITE.diff(List.of(from), List.of(oneCandidate)).changes().stream().map(Object::toString).toList());
    }

    @Test
    void aRenamedColumnWhoseDefaultChangesIsAlsoAltered() {
        TableSchema from = table("t").column(varchar("a", 20)).build();
        TableSchema to = table("t").column(withDefault(varchar("b", 20), "'x'")).build();
        List<SchemaChange> changes = PG.diff(List.of(from), List.of(to)).changes();
        assertEquals(List.of("rename column t.a to b (candidate: confirm)", "alter column t.b (default)"),
                changes.stream().map(Object::toString).toList());
        assertEquals(new RenameColumn("t", varchar("a", 20), withDefault(varchar("b", 20), "'x'")), changes.get(0));
        AlterColumn alter = (AlterColumn) changes.get(1);
        assertEquals("b", alter.from().name(), "the altered column has its new name on both sides");
        assertNull(alter.from().serverDefault());
        assertEquals("'x'", alter.to().serverDefault());
    }

    @Test
    void indexesAndForeignKeysFollowARenamedColumn() {
        TableSchema parentBefore = table("parent").column(varchar("code", 10)).index("ux_parent_code", true, "code")
                .build();
        TableSchema parentAfter = table("parent").column(varchar("key", 10)).index("ux_parent_key", true, "key")
                .build();
        TableSchema child = table("child").column(varchar("parent_code", 10))
                .foreignKey(new ForeignKeySchema("fk", List.of("parent_code"), "parent", List.of("code"),
                        ReferentialAction.CASCADE))
                .build();
        TableSchema childAfter = table("child").column(varchar("parent_code", 10))
                .foreignKey(new ForeignKeySchema("fk", List.of("parent_code"), "parent", List.of("key"),
                        ReferentialAction.CASCADE))
                .build();
        assertEquals(List.of("rename column parent.code to key (candidate: confirm)"),
                PG.diff(List.of(parentBefore, child), List.of(parentAfter, childAfter)).changes().stream()
                        .map(Object::toString).toList());
    }

    @Test
    void indexesMatchByContentNotName() {
        TableSchema from = table("t").column(varchar("a", 20)).index("sqlite_autoindex_t_1", true, "a")
                .index("ix_old", false, "a").build();
        TableSchema to = table("t").column(varchar("a", 20)).index("ux_t_a", true, "a").index("ix_t_a", false, "a")
                .build();
        assertTrue(PG.diff(List.of(from), List.of(to)).isEmpty());
        TableSchema nowUnique = table("t").column(varchar("a", 20)).index("ux_t_a", true, "a").index("ix_t_a", true, "a")
                .build();
        assertEquals(List.of("drop index ix_old on t", "add unique constraint ix_t_a on t [a]"),
                PG.diff(List.of(from), List.of(nowUnique)).changes().stream().map(Object::toString).toList());
    }

    @Test
    void foreignKeysMatchByContentNotName() {
        TableSchema parent = table("p").build();
        TableSchema from = table("c").column(column("p_id", ValueType.LONG))
                .foreignKey(foreignKey("fk_1", "p_id", "p", ReferentialAction.SET_NULL)).build();
        TableSchema renamed = table("c").column(column("p_id", ValueType.LONG))
                .foreignKey(foreignKey("fk_c_p_id", "p_id", "p", ReferentialAction.SET_NULL)).build();
        assertTrue(SQLITE.diff(List.of(parent, from), List.of(parent, renamed)).isEmpty());
        TableSchema restricted = table("c").column(column("p_id", ValueType.LONG))
                .foreignKey(foreignKey("fk_c_p_id", "p_id", "p", ReferentialAction.RESTRICT)).build();
        assertEquals(List.of("drop foreign key fk_1 on c", "add foreign key fk_c_p_id c[p_id] -> p[id]"),
                SQLITE.diff(List.of(parent, from), List.of(parent, restricted)).changes().stream()
                        .map(Object::toString).toList());
    }

    @Test
    void postgresRewrittenEnumCheckEqualsTheModels() {
        TableSchema database = table("orders").column(varchar("status", 20)).check("orders_status_check",
                "CHECK (((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[])))")
                .build();
        TableSchema model = table("orders").column(varchar("status", 20))
                .check("orders_status_check", "\"status\" IN ('NEW', 'PAID')").build();
        assertTrue(PG.diff(List.of(database), List.of(model)).isEmpty());
        TableSchema textModel = table("orders").column(column("status", ValueType.ENUM))
                .check("orders_status_check", "\"status\" IN ('NEW', 'PAID')").build();
        TableSchema textDatabase = table("orders").column(column("status", ValueType.ENUM))
                .check("orders_status_check", "((status = ANY (ARRAY['NEW'::text, 'PAID'::text])))").build();
        assertTrue(PG.diff(List.of(textDatabase), List.of(textModel)).isEmpty());
    }

    @Test
    void aCheckWithAnotherExpressionIsDroppedAndAdded() {
        TableSchema database = table("orders").column(varchar("status", 20))
                .check("orders_status_check", "\"status\" IN ('NEW', 'PAID')").build();
        TableSchema model = table("orders").column(varchar("status", 20))
                .check("orders_status_check", "\"status\" IN ('NEW', 'PAID', 'SHIPPED')").build();
        assertEquals(List.of("drop check orders_status_check on orders",
                "add check orders_status_check on orders: \"status\" IN ('NEW', 'PAID', 'SHIPPED')"),
                SQLITE.diff(List.of(database), List.of(model)).changes().stream().map(Object::toString).toList());
    }

    @Test
    void defaultsCompareModuloCastsAndCase() {
        TableSchema pgDatabase = table("t").column(withDefault(varchar("s", 20), "'draft'::character varying"))
                .column(withDefault(column("n", ValueType.DECIMAL), "'0'::numeric"))
                .column(withDefault(column("i", ValueType.INT), "'-1'::integer"))
                .column(withDefault(column("b", ValueType.BOOLEAN), "true"))
                .column(withDefault(column("at", ValueType.INSTANT), "now()")).build();
        TableSchema pgModel = table("t").column(withDefault(varchar("s", 20), "'draft'"))
                .column(withDefault(column("n", ValueType.DECIMAL), "0"))
                .column(withDefault(column("i", ValueType.INT), "-1"))
                .column(withDefault(column("b", ValueType.BOOLEAN), "TRUE"))
                .column(withDefault(column("at", ValueType.INSTANT), "CURRENT_TIMESTAMP")).build();
        assertTrue(PG.diff(List.of(pgDatabase), List.of(pgModel)).isEmpty());

        TableSchema sqliteDatabase = table("t").column(withDefault(column("at", ValueType.INSTANT), "CURRENT_TIMESTAMP"))
                .column(withDefault(varchar("s", 20), "'draft'")).build();
        TableSchema sqliteModel = table("t").column(withDefault(column("at", ValueType.INSTANT), "(current_timestamp)"))
                .column(withDefault(varchar("s", 20), "'draft'")).build();
        assertTrue(SQLITE.diff(List.of(sqliteDatabase), List.of(sqliteModel)).isEmpty());
    }

    @Test
    void aChangedOrRemovedDefaultIsAnAlteration() {
        TableSchema from = table("t").column(withDefault(varchar("s", 20), "'draft'::character varying"))
                .column(withDefault(column("i", ValueType.INT), "0")).build();
        TableSchema to = table("t").column(withDefault(varchar("s", 20), "'new'"))
                .column(column("i", ValueType.INT)).build();
        assertEquals(List.of("alter column t.s (default)", "alter column t.i (default)"),
                PG.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
        assertFalse(PG.diff(List.of(from), List.of(to)).destructive());
    }

    @Test
    void instantAndOffsetDateTimeAreTheSameTypeOnPostgres() {
        TableSchema from = table("t").column(column("at", ValueType.OFFSET_DATE_TIME)).build();
        TableSchema to = table("t").column(column("at", ValueType.INSTANT)).build();
        assertTrue(PG.diff(List.of(from), List.of(to)).isEmpty());
        TableSchema introspected = table("t").column(withSqlType(column("at", ValueType.INSTANT), "TIMESTAMPTZ")).build();
        assertTrue(PG.diff(List.of(introspected), List.of(to)).isEmpty());
    }

    @Test
    void aLengthChangeIsATypeChange() {
        TableSchema from = table("t").column(varchar("s", 20)).build();
        TableSchema to = table("t").column(varchar("s", 50)).build();
        assertEquals(List.of(new AlterColumn("t", varchar("s", 20), varchar("s", 50), true, false, false)),
                PG.diff(List.of(from), List.of(to)).changes());
        assertTrue(PG.diff(List.of(from), List.of(to)).destructive());
        assertTrue(SQLITE.diff(List.of(from), List.of(to)).isEmpty());
    }

    @Test
    void varcharAndTextDiffer() {
        TableSchema from = table("t").column(varchar("s", 20)).build();
        TableSchema to = table("t").column(column("s", ValueType.STRING)).build();
        assertEquals(List.of("alter column t.s (type)"),
                PG.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
        assertTrue(SQLITE.diff(List.of(from), List.of(to)).isEmpty());
    }

    @Test
    void anIdentityAndAPlainColumnDifferInType() {
        TableSchema from = bare("t").column(column("id", ValueType.LONG)).key("id").build();
        TableSchema to = bare("t").column(identity("id")).key("id").build();
        assertEquals(List.of(new AlterColumn("t", column("id", ValueType.LONG), identity("id"), true, false, false)),
                PG.diff(List.of(from), List.of(to)).changes());
    }

    @Test
    void nullabilityChangesBothWays() {
        TableSchema from = table("t").column(varchar("a", 5)).column(nullable(varchar("b", 5))).build();
        TableSchema to = table("t").column(nullable(varchar("a", 5))).column(varchar("b", 5)).build();
        assertEquals(List.of("alter column t.a (drop not null)", "alter column t.b (set not null)"),
                PG.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
    }

    @Test
    void tablesAreCreatedReferencedFirstAndDroppedReferencingFirst() {
        List<TableSchema> tables = List.of(table("c").references("b_id", "b").build(),
                table("b").references("a_id", "a").build(), table("a").build());
        assertEquals(List.of("create table a", "create table b", "create table c"),
                PG.diff(List.of(), tables).changes().stream().map(Object::toString).toList());
        assertEquals(List.of("drop table c", "drop table b", "drop table a"),
                PG.diff(tables, List.of()).changes().stream().map(Object::toString).toList());
    }

    @Test
    void aPrimaryKeyChangeIsReported() {
        TableSchema from = bare("t").column(column("a", ValueType.INT)).column(column("b", ValueType.INT)).key("a")
                .build();
        TableSchema to = bare("t").column(column("a", ValueType.INT)).column(column("b", ValueType.INT)).key("b", "a")
                .build();
        assertEquals(List.of("alter primary key of t [a] -> [b, a]"),
                SQLITE.diff(List.of(from), List.of(to)).changes().stream().map(Object::toString).toList());
    }

    private static SchemaChange inverse(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable c) {
            return new SchemaChange.DropTable(c.schema());
        } else if (change instanceof SchemaChange.DropTable c) {
            return new SchemaChange.CreateTable(c.schema());
        } else if (change instanceof SchemaChange.AddColumn c) {
            return new DropColumn(c.table(), c.column());
        } else if (change instanceof DropColumn c) {
            return new AddColumn(c.table(), c.column());
        } else if (change instanceof RenameColumn c) {
            return new RenameColumn(c.table(), c.to(), c.from());
        } else if (change instanceof AlterColumn c) {
            return new AlterColumn(c.table(), c.to(), c.from(), c.typeChanged(), c.nullabilityChanged(),
                    c.defaultChanged());
        } else if (change instanceof SchemaChange.AlterPrimaryKey c) {
            return new SchemaChange.AlterPrimaryKey(c.table(), c.to(), c.from());
        } else if (change instanceof SchemaChange.AddIndex c) {
            return new SchemaChange.DropIndex(c.table(), c.index());
        } else if (change instanceof SchemaChange.DropIndex c) {
            return new SchemaChange.AddIndex(c.table(), c.index());
        } else if (change instanceof SchemaChange.AddForeignKey c) {
            return new SchemaChange.DropForeignKey(c.table(), c.foreignKey());
        } else if (change instanceof SchemaChange.DropForeignKey c) {
            return new SchemaChange.AddForeignKey(c.table(), c.foreignKey());
        } else if (change instanceof SchemaChange.AddCheck c) {
            return new SchemaChange.DropCheck(c.table(), c.check());
        } else {
            SchemaChange.DropCheck c = (SchemaChange.DropCheck) change;
            return new SchemaChange.AddCheck(c.table(), c.check());
        }
    }

    /** Drops of keys, then tables created, column changes, keys added, tables dropped. */
    private static void assertCanonicalOrder(List<SchemaChange> changes) {
        int previous = 0;
        for (SchemaChange change : changes) {
            int rank = change instanceof SchemaChange.DropForeignKey ? 1
                    : change instanceof SchemaChange.DropCheck || change instanceof SchemaChange.DropIndex ? 2
                    : change instanceof SchemaChange.CreateTable ? 3
                    : change instanceof SchemaChange.AddIndex || change instanceof SchemaChange.AddCheck ? 5
                    : change instanceof SchemaChange.AddForeignKey ? 6
                    : change instanceof SchemaChange.DropTable ? 7
                    : 4;
            assertTrue(rank >= previous, () -> change + " is out of order in\n" + changes);
            previous = rank;
        }
    }
}
