package dev.quarry.internal.migration;

import static dev.quarry.internal.migration.RenderFixtures.column;
import static dev.quarry.internal.migration.RenderFixtures.diff;
import static dev.quarry.internal.migration.RenderFixtures.foreignKey;
import static dev.quarry.internal.migration.RenderFixtures.identity;
import static dev.quarry.internal.migration.RenderFixtures.index;
import static dev.quarry.internal.migration.RenderFixtures.script;
import static dev.quarry.internal.migration.RenderFixtures.table;
import static dev.quarry.internal.migration.RenderFixtures.varchar;
import static dev.quarry.internal.migration.RenderFixtures.withDefault;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddCheck;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AddForeignKey;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.AlterPrimaryKey;
import dev.quarry.migration.SchemaChange.DropCheck;
import dev.quarry.migration.SchemaChange.CreateTable;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.DropForeignKey;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaChange.DropTable;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL of every kind of change in SQLite: in place where ALTER TABLE can, else a rebuild. */
class SqliteChangeRendererTest {
    private static final SqliteChangeRenderer RENDERER = new SqliteChangeRenderer(new SqliteDialect());
    private static final ColumnSchema ID = identity("id");
    private static final ColumnSchema NAME = varchar("name", 100, false);
    private static final ColumnSchema AGE = column("age", ValueType.INT, true);
    private static final TableSchema USERS = users(List.of(ID, NAME, AGE), List.of(index("ix_users_name", false, "name")));

    private static TableSchema users(List<ColumnSchema> columns, List<IndexSchema> indexes) {
        return table("users", columns, List.of("id"), List.of(), indexes, List.of());
    }

    private static String render(TableSchema to, SchemaChange... changes) {
        return script(RENDERER.render(diff(List.of(USERS), List.of(to), changes)));
    }

    @Test
    void createAndDropTable() {
        assertEquals("""
                CREATE TABLE "users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "name" TEXT NOT NULL,
                    "age" INTEGER
                );
                CREATE INDEX "ix_users_name" ON "users" ("name");
                """, script(RENDERER.render(diff(List.of(), List.of(USERS), new CreateTable(USERS)))));
        assertEquals("""
                -- WARNING: drops table users and all its rows
                DROP TABLE IF EXISTS "users";
                """, script(RENDERER.render(diff(List.of(USERS), List.of(), new DropTable(USERS)))));
    }

    @Test
    void addsNullableColumnsAndConstantDefaultsInPlace() {
        ColumnSchema bio = column("bio", ValueType.STRING, true);
        ColumnSchema score = withDefault("score", ValueType.INT, false, "0");
        ColumnSchema motto = withDefault("motto", ValueType.STRING, false, "'it''s me'");
        assertEquals("""
                ALTER TABLE "users" ADD COLUMN "bio" TEXT;
                ALTER TABLE "users" ADD COLUMN "score" INTEGER NOT NULL DEFAULT (0);
                ALTER TABLE "users" ADD COLUMN "motto" TEXT NOT NULL DEFAULT ('it''s me');
                """, render(users(List.of(ID, NAME, AGE, bio, score, motto), USERS.indexes()),
                new AddColumn("users", bio), new AddColumn("users", score), new AddColumn("users", motto)));
    }

    @Test
    void addingANotNullColumnWithoutDefaultRebuildsAndWarns() {
        ColumnSchema email = varchar("email", 255, false);
        assertEquals("""
                -- Rebuilds table users (create the new table, copy the rows, drop the old one, rename,
                -- re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:
                --   add column users.email
                -- Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before
                -- committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.
                CREATE TABLE "_quarry_new_users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "name" TEXT NOT NULL,
                    "age" INTEGER,
                    "email" TEXT NOT NULL
                );
                -- WARNING: new NOT NULL column users.email has no default: the copy fails if users has rows; set a serverDefault or backfill
                INSERT INTO "_quarry_new_users" ("id", "name", "age")
                SELECT "id", "name", "age" FROM "users";
                DROP TABLE "users";
                ALTER TABLE "_quarry_new_users" RENAME TO "users";
                CREATE INDEX "ix_users_name" ON "users" ("name");
                """, render(users(List.of(ID, NAME, AGE, email), USERS.indexes()), new AddColumn("users", email)));
    }

    @Test
    void addingAColumnWithANonConstantDefaultOrAUniqueOneRebuilds() {
        ColumnSchema created = withDefault("created_at", ValueType.INSTANT, false, "CURRENT_TIMESTAMP");
        ColumnSchema email = varchar("email", 0, true);
        String script = render(users(List.of(ID, NAME, AGE, created, email),
                        List.of(index("ix_users_name", false, "name"), index("ux_users_email", true, "email"))),
                new AddColumn("users", created), new AddColumn("users", email),
                new AddIndex("users", index("ux_users_email", true, "email")));
        assertEquals("""
                -- Rebuilds table users (create the new table, copy the rows, drop the old one, rename,
                -- re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:
                --   add column users.created_at
                --   add column users.email
                --   add unique constraint ux_users_email on users [email]
                -- Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before
                -- committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.
                CREATE TABLE "_quarry_new_users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "name" TEXT NOT NULL,
                    "age" INTEGER,
                    "created_at" TEXT NOT NULL DEFAULT (CURRENT_TIMESTAMP),
                    "email" TEXT,
                    CONSTRAINT "ux_users_email" UNIQUE ("email")
                );
                INSERT INTO "_quarry_new_users" ("id", "name", "age")
                SELECT "id", "name", "age" FROM "users";
                DROP TABLE "users";
                ALTER TABLE "_quarry_new_users" RENAME TO "users";
                CREATE INDEX "ix_users_name" ON "users" ("name");
                """, script);
    }

    @Test
    void dropsAnUnusedColumnInPlace() {
        assertEquals("""
                -- WARNING: drops column users.age and its data
                ALTER TABLE "users" DROP COLUMN "age";
                """, render(users(List.of(ID, NAME), USERS.indexes()), new DropColumn("users", AGE)));
    }

    @Test
    void dropsAnIndexedColumnInPlaceWhenTheIndexGoesFirst() {
        assertEquals("""
                DROP INDEX "ix_users_name";
                -- WARNING: drops column users.name and its data
                ALTER TABLE "users" DROP COLUMN "name";
                """, render(users(List.of(ID, AGE), List.of()),
                new DropIndex("users", index("ix_users_name", false, "name")), new DropColumn("users", NAME)));
    }

    @Test
    void droppingAnIndexedColumnRebuilds() {
        TableSchema to = users(List.of(ID, AGE), List.of(index("ix_users_name", false, "age")));
        assertEquals("""
                -- Rebuilds table users (create the new table, copy the rows, drop the old one, rename,
                -- re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:
                --   drop column users.name
                -- Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before
                -- committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.
                CREATE TABLE "_quarry_new_users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "age" INTEGER
                );
                -- WARNING: drops column users.name and its data
                INSERT INTO "_quarry_new_users" ("id", "age")
                SELECT "id", "age" FROM "users";
                DROP TABLE "users";
                ALTER TABLE "_quarry_new_users" RENAME TO "users";
                CREATE INDEX "ix_users_name" ON "users" ("age");
                """, render(to, new DropColumn("users", NAME)));
    }

    @Test
    void renamesInPlace() {
        ColumnSchema fullName = varchar("full_name", 100, false);
        assertEquals("""
                -- Rename candidate: users.name disappears and full_name of the same type appears. Confirm it is a rename;
                -- if it is not, replace the statement below with:
                --   ALTER TABLE "users" DROP COLUMN "name";
                --   ALTER TABLE "users" ADD COLUMN "full_name" TEXT NOT NULL;
                ALTER TABLE "users" RENAME COLUMN "name" TO "full_name";
                """, render(users(List.of(ID, fullName, AGE), List.of(index("ix_users_name", false, "full_name"))),
                new RenameColumn("users", NAME, fullName)));
    }

    @Test
    void nonUniqueIndexesInPlace() {
        assertEquals("""
                DROP INDEX "ix_users_name";
                CREATE INDEX "ix_users_age_name" ON "users" ("age", "name");
                """, render(users(List.of(ID, NAME, AGE), List.of(index("ix_users_age_name", false, "age", "name"))),
                new DropIndex("users", index("ix_users_name", false, "name")),
                new AddIndex("users", index("ix_users_age_name", false, "age", "name"))));
    }

    /** One rebuild for all of a table's changes: the rename maps old values to the new column. */
    @Test
    void alterColumnRebuildsOnceForAllTheTablesChanges() {
        ColumnSchema fullName = varchar("full_name", 100, false);
        ColumnSchema age = column("age", ValueType.LONG, false);
        ColumnSchema bio = column("bio", ValueType.STRING, true);
        TableSchema to = users(List.of(ID, fullName, age, bio), List.of(index("ix_users_name", false, "full_name"),
                index("ix_users_bio", false, "bio")));
        assertEquals("""
                -- Rebuilds table users (create the new table, copy the rows, drop the old one, rename,
                -- re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:
                --   alter column users.age (set not null)
                -- The rebuild makes the table's other changes too:
                --   rename column users.name to full_name (candidate: confirm)
                --   add column users.bio
                --   add index ix_users_bio on users [bio]
                -- Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before
                -- committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.
                CREATE TABLE "_quarry_new_users" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT,
                    "full_name" TEXT NOT NULL,
                    "age" INTEGER NOT NULL,
                    "bio" TEXT
                );
                -- Rename candidate: users.full_name takes the values of name. Confirm it is a rename;
                -- if it is not, drop "name" from the SELECT list and "full_name" from the INSERT list.
                -- WARNING: sets users.age NOT NULL: the copy fails if the column holds NULLs (backfill them first)
                INSERT INTO "_quarry_new_users" ("id", "full_name", "age")
                SELECT "id", "name", "age" FROM "users";
                DROP TABLE "users";
                ALTER TABLE "_quarry_new_users" RENAME TO "users";
                CREATE INDEX "ix_users_name" ON "users" ("full_name");
                CREATE INDEX "ix_users_bio" ON "users" ("bio");
                """, render(to,
                new RenameColumn("users", NAME, fullName),
                new AddColumn("users", bio),
                new AlterColumn("users", AGE, age, false, true, false),
                new AddIndex("users", index("ix_users_bio", false, "bio"))));
    }

    @Test
    void typeChangeWarnsAboutAffinity() {
        ColumnSchema age = column("age", ValueType.STRING, true);
        String script = render(users(List.of(ID, NAME, age), USERS.indexes()),
                new AlterColumn("users", AGE, age, true, false, false));
        assertEquals("""
                -- WARNING: changes the type of users.age from INTEGER to TEXT: values are copied with the new type's affinity
                INSERT INTO "_quarry_new_users" ("id", "name", "age")
                SELECT "id", "name", "age" FROM "users";
                """, script.substring(script.indexOf("-- WARNING"), script.indexOf("DROP TABLE")));
    }

    @Test
    void primaryKeyForeignKeysChecksAndUniqueConstraintsRebuild() {
        ColumnSchema code = varchar("code", 10, false);
        ColumnSchema userId = column("user_id", ValueType.LONG, true);
        TableSchema from = table("tags", List.of(code, userId), List.of(), List.of(),
                List.of(index("ux_tags_code", true, "code")), List.of(new CheckSchema("tags_code_check", "length(\"code\") > 0")));
        TableSchema to = table("tags", List.of(code, userId), List.of("code"),
                List.of(foreignKey("fk_tags_user_id", "user_id", "users", ReferentialAction.SET_NULL)), List.of(), List.of());
        assertEquals("""
                -- Rebuilds table tags (create the new table, copy the rows, drop the old one, rename,
                -- re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:
                --   drop check tags_code_check on tags
                --   drop unique constraint ux_tags_code on tags
                --   alter primary key of tags [] -> [code]
                --   add foreign key fk_tags_user_id tags[user_id] -> users[id]
                -- Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before
                -- committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it.
                CREATE TABLE "_quarry_new_tags" (
                    "code" TEXT NOT NULL,
                    "user_id" INTEGER,
                    PRIMARY KEY ("code"),
                    CONSTRAINT "fk_tags_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE SET NULL
                );
                INSERT INTO "_quarry_new_tags" ("code", "user_id")
                SELECT "code", "user_id" FROM "tags";
                DROP TABLE "tags";
                ALTER TABLE "_quarry_new_tags" RENAME TO "tags";
                """, script(RENDERER.render(diff(List.of(from), List.of(to),
                new DropCheck("tags", from.checks().get(0)),
                new DropIndex("tags", from.indexes().get(0)),
                new AlterPrimaryKey("tags", List.of(), List.of("code")),
                new AddForeignKey("tags", to.foreignKeys().get(0))))));
    }

    /** An added check rebuilds; the new table is declared exactly as DdlWriter declares the target. */
    @Test
    void addingACheckRebuildsWithTheTargetsDeclaration() {
        CheckSchema adult = new CheckSchema("users_age_check", "\"age\" >= 18");
        TableSchema to = table("users", USERS.columns(), USERS.primaryKey(), List.of(), USERS.indexes(), List.of(adult));
        List<ScriptStep> steps = RENDERER.render(diff(List.of(USERS), List.of(to), new AddCheck("users", adult)));
        TableSchema renamed = table("_quarry_new_users", to.columns(), to.primaryKey(), List.of(), List.of(), to.checks());
        assertEquals(List.of(
                new DdlWriter(new SqliteDialect()).create(renamed).get(0),
                "INSERT INTO \"_quarry_new_users\" (\"id\", \"name\", \"age\")\nSELECT \"id\", \"name\", \"age\" FROM \"users\"",
                "DROP TABLE \"users\"",
                "ALTER TABLE \"_quarry_new_users\" RENAME TO \"users\"",
                "CREATE INDEX \"ix_users_name\" ON \"users\" (\"name\")"), steps.stream().map(ScriptStep::sql).toList());
        assertEquals(List.of("Rebuilds table users (create the new table, copy the rows, drop the old one, rename,",
                "re-create the indexes): SQLite's ALTER TABLE cannot make these changes in place:",
                "  add check users_age_check on users: \"age\" >= 18",
                "Run with PRAGMA foreign_keys=OFF, as Quarry does (it runs PRAGMA foreign_key_check before",
                "committing): with foreign keys on, dropping the old table deletes or fails on the rows that reference it."), steps.get(0).comments());
    }

    /** The rebuild comes where the table's first change is; other tables' changes stay in place. */
    @Test
    void rebuildTakesThePlaceOfTheTablesFirstChange() {
        ColumnSchema userId = column("user_id", ValueType.LONG, true);
        TableSchema posts = table("posts", List.of(ID, userId), List.of("id"),
                List.of(foreignKey("fk_posts_user_id", "user_id", "users", ReferentialAction.CASCADE)), List.of(), List.of());
        TableSchema postsAfter = table("posts", List.of(ID, userId), List.of("id"), List.of(), List.of(), List.of());
        ColumnSchema bio = column("bio", ValueType.STRING, true);
        TableSchema usersAfter = users(List.of(ID, NAME, AGE, bio), USERS.indexes());
        List<String> statements = RENDERER.render(diff(List.of(posts, USERS), List.of(postsAfter, usersAfter),
                new DropForeignKey("posts", posts.foreignKeys().get(0)),
                new AddColumn("users", bio))).stream().map(ScriptStep::sql).toList();
        assertEquals(List.of(
                "CREATE TABLE \"_quarry_new_posts\" (\n    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT,\n    \"user_id\" INTEGER\n)",
                "INSERT INTO \"_quarry_new_posts\" (\"id\", \"user_id\")\nSELECT \"id\", \"user_id\" FROM \"posts\"",
                "DROP TABLE \"posts\"",
                "ALTER TABLE \"_quarry_new_posts\" RENAME TO \"posts\"",
                "ALTER TABLE \"users\" ADD COLUMN \"bio\" TEXT"), statements);
    }
}
