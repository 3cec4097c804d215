package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.internal.migration.ScriptStep;
import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.PostgresDialect;
import dev.quarry.internal.sql.SqliteDialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddCheck;
import dev.quarry.migration.SchemaChange.AddColumn;
import dev.quarry.migration.SchemaChange.AddForeignKey;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.AlterPrimaryKey;
import dev.quarry.migration.SchemaChange.CreateTable;
import dev.quarry.migration.SchemaChange.DropCheck;
import dev.quarry.migration.SchemaChange.DropColumn;
import dev.quarry.migration.SchemaChange.DropForeignKey;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaChange.DropTable;
import dev.quarry.migration.SchemaChange.RenameColumn;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import dev.quarry.testing.DatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The change renderers' steps run on the real database: each test creates a {@code from} schema
 * with {@link DdlWriter}, inserts rows, runs the rendered steps in one transaction (on SQLite with
 * foreign keys off and a {@code foreign_key_check} before the commit, as the migrator does),
 * checks that the catalog shows the {@code to} schema and the rows survived, then renders and
 * runs the reversed diff and checks that it gets back.
 */
abstract class ChangeRenderingTests extends DialectTests {
    private static final ColumnSchema ID = column("id", ValueType.LONG, false, true, null);
    private static final ColumnSchema NAME = new ColumnSchema("name", "name", ValueType.STRING, 100, 0, 0, false, false, null);
    private static final ColumnSchema AGE = column("age", ValueType.INT, true, false, null);
    private static final IndexSchema NAME_INDEX = new IndexSchema("ix_users_name", List.of("name"), false);
    private static final TableSchema USERS = users(List.of(ID, NAME, AGE), List.of(NAME_INDEX));

    private final Dialect dialect;
    private final CatalogShape shape;

    protected ChangeRenderingTests(DatabaseExtension database) {
        super(database);
        this.dialect = database.isPostgres() ? new PostgresDialect() : new SqliteDialect();
        this.shape = new CatalogShape(database, dialect);
    }

    @AfterEach
    void dropTables() {
        List<String> drops = new ArrayList<>();
        for (String table : tables()) {
            drops.add("DROP TABLE " + DatabaseExtension.quote(table) + (postgres() ? " CASCADE" : ""));
        }
        if (!postgres()) {
            drops.add(0, "PRAGMA foreign_keys = OFF");
        }
        database.execute(drops.toArray(String[]::new));
    }

    @Test
    void createsAndDropsATable() throws SQLException {
        TableSchema posts = posts(List.of(new ForeignKeySchema("fk_posts_author_id", List.of("author_id"), "users", List.of("id"),
                ReferentialAction.CASCADE)), List.of(new IndexSchema("ix_posts_author_id", List.of("author_id"), false)));
        create(USERS);
        insertUsers();
        migrate(new SchemaDiff(List.of(USERS), List.of(USERS, posts), List.of(new CreateTable(posts))));
        database.execute("INSERT INTO posts (author_id, title) VALUES (1, 'Hello')");
        assertEquals(List.of("users", "posts"), tables());
        migrate(new SchemaDiff(List.of(USERS, posts), List.of(USERS), List.of(new DropTable(posts))));
        assertEquals(List.of("users"), tables());
        assertEquals(List.of("Ann", "Bob"), names("name"));
    }

    @Test
    void renamesAddsAndDropsColumnsKeepingValues() throws SQLException {
        ColumnSchema fullName = new ColumnSchema("full_name", "fullName", ValueType.STRING, 100, 0, 0, false, false, null);
        ColumnSchema bio = column("bio", ValueType.STRING, true, false, null);
        ColumnSchema score = column("score", ValueType.INT, false, false, "0");
        TableSchema after = users(List.of(ID, fullName, AGE, bio, score),
                List.of(new IndexSchema("ix_users_name", List.of("full_name"), false)));
        create(USERS);
        insertUsers();
        migrate(new SchemaDiff(List.of(USERS), List.of(after), List.of(new RenameColumn("users", NAME, fullName),
                new AddColumn("users", bio), new AddColumn("users", score))));
        assertEquals(List.of("Ann", "Bob"), names("full_name"));
        assertEquals(List.of("0", "0"), database.strings("SELECT score FROM users ORDER BY id"));
        migrate(new SchemaDiff(List.of(after), List.of(USERS), List.of(new RenameColumn("users", fullName, NAME),
                new DropColumn("users", bio), new DropColumn("users", score))));
        assertEquals(List.of("Ann", "Bob"), names("name"));
    }

    @Test
    void changesColumnTypesKeepingValues() throws SQLException {
        ColumnSchema shortName = new ColumnSchema("name", "name", ValueType.STRING, 50, 0, 0, false, false, null);
        ColumnSchema longAge = column("age", ValueType.LONG, true, false, null);
        ColumnSchema text = column("name", ValueType.STRING, false, false, null);
        TableSchema before = users(List.of(ID, shortName, AGE), List.of(NAME_INDEX));
        TableSchema after = users(List.of(ID, text, longAge), List.of(NAME_INDEX));
        create(before);
        insertUsers();
        migrate(new SchemaDiff(List.of(before), List.of(after), List.of(
                new AlterColumn("users", shortName, text, true, false, false),
                new AlterColumn("users", AGE, longAge, true, false, false))));
        assertEquals(List.of("Ann", "Bob"), names("name"));
        assertEquals(List.of("30", "2147483647"), database.strings("SELECT age FROM users ORDER BY id"));
        database.execute("INSERT INTO users (name, age) VALUES ('" + "C".repeat(80) + "', 4398046511104)");
        database.execute("DELETE FROM users WHERE age > 2147483647");
        migrate(new SchemaDiff(List.of(after), List.of(before), List.of(
                new AlterColumn("users", text, shortName, true, false, false),
                new AlterColumn("users", longAge, AGE, true, false, false))));
        assertEquals(List.of("30", "2147483647"), database.strings("SELECT age FROM users ORDER BY id"));
    }

    @Test
    void changesNullabilityAndDefaults() throws SQLException {
        ColumnSchema required = column("age", ValueType.INT, false, false, "18");
        TableSchema after = users(List.of(ID, NAME, required), List.of(NAME_INDEX));
        create(USERS);
        insertUsers();
        migrate(new SchemaDiff(List.of(USERS), List.of(after), List.of(new AlterColumn("users", AGE, required, false, true, true))));
        database.execute("INSERT INTO users (name) VALUES ('Cy')");
        assertEquals(List.of("30", "2147483647", "18"), database.strings("SELECT age FROM users ORDER BY id"));
        assertThrows(IllegalStateException.class, () -> database.execute("INSERT INTO users (name, age) VALUES ('Di', NULL)"));
        migrate(new SchemaDiff(List.of(after), List.of(USERS), List.of(new AlterColumn("users", required, AGE, false, true, true))));
        database.execute("INSERT INTO users (name) VALUES ('Di')");
        assertEquals(List.of("30", "2147483647", "18", "null"),
                database.query("SELECT age FROM users ORDER BY id").stream().map(row -> String.valueOf(row.get(0))).toList());
    }

    @Test
    void changesThePrimaryKey() throws SQLException {
        ColumnSchema code = new ColumnSchema("code", "code", ValueType.STRING, 20, 0, 0, false, false, null);
        ColumnSchema label = column("label", ValueType.STRING, false, false, null);
        TableSchema keyless = new TableSchema("tags", List.of(code, label), List.of(), List.of(), List.of());
        TableSchema keyed = new TableSchema("tags", List.of(code, label), List.of("code"), List.of(), List.of());
        create(keyless);
        database.execute("INSERT INTO tags (code, label) VALUES ('a', 'A'), ('b', 'B')");
        migrate(new SchemaDiff(List.of(keyless), List.of(keyed), List.of(new AlterPrimaryKey("tags", List.of(), List.of("code")))));
        assertThrows(IllegalStateException.class, () -> database.execute("INSERT INTO tags (code, label) VALUES ('a', 'again')"));
        migrate(new SchemaDiff(List.of(keyed), List.of(keyless), List.of(new AlterPrimaryKey("tags", List.of("code"), List.of()))));
        database.execute("INSERT INTO tags (code, label) VALUES ('a', 'again')");
        assertEquals(List.of("A", "B", "again"), database.strings("SELECT label FROM tags ORDER BY label"));
    }

    @Test
    void addsAndDropsIndexesAndUniqueConstraints() throws SQLException {
        IndexSchema ageIndex = new IndexSchema("ix_users_age", List.of("age"), false);
        IndexSchema uniqueName = new IndexSchema("ux_users_name_age", List.of("name", "age"), true);
        TableSchema after = users(List.of(ID, NAME, AGE), List.of(NAME_INDEX, ageIndex, uniqueName));
        create(USERS);
        insertUsers();
        migrate(new SchemaDiff(List.of(USERS), List.of(after), List.of(new AddIndex("users", ageIndex), new AddIndex("users", uniqueName))));
        assertThrows(IllegalStateException.class, () -> database.execute("INSERT INTO users (name, age) VALUES ('Ann', 30)"));
        migrate(new SchemaDiff(List.of(after), List.of(USERS), List.of(new DropIndex("users", ageIndex), new DropIndex("users", uniqueName))));
        database.execute("INSERT INTO users (name, age) VALUES ('Ann', 30)");
        assertEquals(List.of("Ann", "Ann", "Bob"), database.strings("SELECT name FROM users ORDER BY name"));
    }

    @Test
    void addsAndDropsForeignKeys() throws SQLException {
        ForeignKeySchema author = new ForeignKeySchema("fk_posts_author_id", List.of("author_id"), "users", List.of("id"),
                ReferentialAction.CASCADE);
        TableSchema loose = posts(List.of(), List.of());
        TableSchema bound = posts(List.of(author), List.of());
        create(USERS, loose);
        insertUsers();
        database.execute("INSERT INTO posts (author_id, title) VALUES (1, 'one'), (2, 'two')");
        migrate(new SchemaDiff(List.of(USERS, loose), List.of(USERS, bound), List.of(new AddForeignKey("posts", author))));
        if (postgres()) {
            database.execute("DELETE FROM users WHERE id = 1");
        } else {
            database.execute("PRAGMA foreign_keys = ON", "DELETE FROM users WHERE id = 1");
        }
        assertEquals(List.of("two"), database.strings("SELECT title FROM posts"));
        migrate(new SchemaDiff(List.of(USERS, bound), List.of(USERS, loose), List.of(new DropForeignKey("posts", author))));
        database.execute("INSERT INTO posts (author_id, title) VALUES (99, 'orphan')");
        assertEquals(List.of("orphan", "two"), database.strings("SELECT title FROM posts ORDER BY title"));
    }

    @Test
    void addsAndDropsChecks() throws SQLException {
        CheckSchema adult = new CheckSchema("users_age_check", "\"age\" >= 18");
        TableSchema after = new TableSchema("users", USERS.columns(), USERS.primaryKey(), List.of(), USERS.indexes(), null, null, null,
                List.of(adult));
        create(USERS);
        insertUsers();
        migrate(new SchemaDiff(List.of(USERS), List.of(after), List.of(new AddCheck("users", adult))));
        if (postgres()) {
            assertThrows(IllegalStateException.class, () -> database.execute("INSERT INTO users (name, age) VALUES ('Kid', 5)"));
        }
        migrate(new SchemaDiff(List.of(after), List.of(USERS), List.of(new DropCheck("users", adult))));
        database.execute("INSERT INTO users (name, age) VALUES ('Kid', 5)");
        assertEquals(List.of("Ann", "Bob", "Kid"), names("name"));
    }

    /** On SQLite both ways rebuild the table (a unique column): rows, keys and other indexes survive. */
    @Test
    void dropsAndAddsAUniqueColumn() throws SQLException {
        ColumnSchema email = new ColumnSchema("email", "email", ValueType.STRING, 255, 0, 0, true, false, null);
        IndexSchema uniqueEmail = new IndexSchema("ux_users_email", List.of("email"), true);
        TableSchema before = users(List.of(ID, NAME, AGE, email), List.of(NAME_INDEX, uniqueEmail));
        create(before);
        insertUsers();
        database.execute("UPDATE users SET email = name || '@example.com'");
        migrate(new SchemaDiff(List.of(before), List.of(USERS), List.of(new DropIndex("users", uniqueEmail),
                new DropColumn("users", email))));
        assertEquals(List.of("Ann", "Bob"), names("name"));
        database.execute("INSERT INTO users (name, age) VALUES ('Cy', 40)");
        assertEquals(List.of("1", "2", "3"), database.strings("SELECT id FROM users ORDER BY id"));
        migrate(new SchemaDiff(List.of(USERS), List.of(before), List.of(new AddColumn("users", email),
                new AddIndex("users", uniqueEmail))));
        database.execute("UPDATE users SET email = 'same@example.com' WHERE id = 1");
        assertThrows(IllegalStateException.class, () -> database.execute("UPDATE users SET email = 'same@example.com' WHERE id = 2"));
        assertEquals(List.of("Ann", "Bob", "Cy"), names("name"));
    }

    /** Renders {@code diff}, runs it in one transaction and checks the catalog shows {@code diff.to()}. */
    private void migrate(SchemaDiff diff) throws SQLException {
        List<ScriptStep> steps = dialect.changeRenderer().render(diff);
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            if (!postgres()) {
                statement.execute("PRAGMA foreign_keys = OFF");
            }
            connection.setAutoCommit(false);
            for (ScriptStep step : steps) {
                try {
                    statement.execute(step.sql());
                } catch (SQLException e) {
                    connection.rollback();
                    throw new AssertionError("step failed: " + step.sql() + ": " + e.getMessage(), e);
                }
            }
            if (!postgres()) {
                try (ResultSet violations = statement.executeQuery("PRAGMA foreign_key_check")) {
                    assertEquals(false, violations.next(), "foreign key violations after " + steps);
                }
            }
            connection.commit();
        }
        for (TableSchema table : diff.to()) {
            assertEquals(shape.expected(table), shape.actual(table.name()), () -> table.name() + " after " + steps);
        }
    }

    private void create(TableSchema... tables) {
        DdlWriter writer = new DdlWriter(dialect);
        for (TableSchema table : tables) {
            database.execute(writer.create(table).toArray(String[]::new));
        }
    }

    private void insertUsers() {
        database.execute("INSERT INTO users (name, age) VALUES ('Ann', 30), ('Bob', 2147483647)");
    }

    private List<String> names(String column) {
        return database.strings("SELECT " + DatabaseExtension.quote(column) + " FROM users ORDER BY id");
    }

    /** The tables of the test database, oldest first. */
    private List<String> tables() {
        return postgres()
                ? database.strings("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.oid")
                : database.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY rowid");
    }

    private static TableSchema users(List<ColumnSchema> columns, List<IndexSchema> indexes) {
        return new TableSchema("users", columns, List.of("id"), List.of(), indexes);
    }

    private static TableSchema posts(List<ForeignKeySchema> foreignKeys, List<IndexSchema> indexes) {
        return new TableSchema("posts", List.of(ID, column("author_id", ValueType.LONG, false, false, null),
                column("title", ValueType.STRING, false, false, null)), List.of("id"), foreignKeys, indexes);
    }

    private static ColumnSchema column(String name, ValueType type, boolean nullable, boolean generated, String serverDefault) {
        return new ColumnSchema(name, name, type, 0, 0, 0, nullable, generated, serverDefault);
    }
}
