package dev.quarry.it;

import static dev.quarry.it.model.Tables.POST;
import static dev.quarry.it.model.Tables.POST_TAG;
import static dev.quarry.it.model.Tables.TAG;
import static dev.quarry.it.model.Tables.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Schema;
import dev.quarry.exception.CheckViolationException;
import dev.quarry.it.model.Post;
import dev.quarry.it.model.PostTag;
import dev.quarry.it.model.Tables;
import dev.quarry.it.model.Tag;
import dev.quarry.it.model.User;
import dev.quarry.testing.DatabaseExtension;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Schema.createAll()} / {@code dropAll()}: what they create, checked in the database's own
 * catalog, and that the constraints they declare are enforced. The extension creates no tables:
 * every test starts from {@code createAll()} and ends with {@code dropAll()}.
 */
abstract class SchemaTests extends DialectTests {
    private static final List<String> TABLE_NAMES = List.of("all_types", "order", "post_tags", "posts", "shelves", "slots", "tag",
            "users");

    protected SchemaTests(DatabaseExtension database) {
        super(database);
    }

    private Schema schema() {
        return db().schema(Tables.ALL);
    }

    @BeforeEach
    void createAll() {
        schema().createAll();
    }

    @AfterEach
    void dropAll() {
        schema().dropAll();
        assertEquals(List.of(), tableNames(), "dropAll() left tables behind");
    }

    @Test
    void createAllCreatesEveryTable() {
        assertEquals(TABLE_NAMES, tableNames());
    }

    @Test
    void dropAllDropsEveryTableAndCanRunTwice() {
        schema().dropAll();
        assertEquals(List.of(), tableNames());
        schema().dropAll();
        assertEquals(List.of(), tableNames());
        schema().createAll();
        assertEquals(TABLE_NAMES, tableNames());
    }

    @Test
    void statementsCreateReferencedTablesFirstAndDropThemLast() {
        List<String> create = schema().createStatements();
        List<String> drop = schema().dropStatements();
        assertTrue(indexOfTable(create, "users") < indexOfTable(create, "posts"), create::toString);
        assertTrue(indexOfTable(create, "posts") < indexOfTable(create, "post_tags"), create::toString);
        assertTrue(indexOfTable(create, "tag") < indexOfTable(create, "post_tags"), create::toString);
        assertTrue(indexOfTable(drop, "post_tags") < indexOfTable(drop, "posts"), drop::toString);
        assertTrue(indexOfTable(drop, "posts") < indexOfTable(drop, "users"), drop::toString);
        for (String table : TABLE_NAMES) {
            assertTrue(indexOfTable(create, table) >= 0, () -> table + " missing from " + create);
            assertTrue(indexOfTable(drop, table) >= 0, () -> table + " missing from " + drop);
        }
    }

    @Test
    void primaryKeys() {
        assertEquals(List.of("id"), primaryKey("users"));
        assertEquals(List.of("id"), primaryKey("posts"));
        assertEquals(List.of("select"), primaryKey("order"));
        assertEquals(List.of("post_id", "tag_id"), primaryKey("post_tags"));
    }

    @Test
    void foreignKeysWithOnDelete() {
        if (postgres()) {
            assertEquals(Map.of("fk_posts_author_id", "FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE CASCADE"),
                    pgConstraints("posts", "f"));
            assertEquals(Map.of(
                            "fk_post_tags_post_id", "FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE",
                            "fk_post_tags_tag_id", "FOREIGN KEY (tag_id) REFERENCES tag(id) ON DELETE CASCADE"),
                    pgConstraints("post_tags", "f"));
        } else if (mariadb()) {
            assertEquals(Map.of("fk_posts_author_id", "FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE CASCADE"),
                    mariadbForeignKeys("posts"));
            assertEquals(Map.of(
                            "fk_post_tags_post_id", "FOREIGN KEY (post_id) REFERENCES posts(id) ON DELETE CASCADE",
                            "fk_post_tags_tag_id", "FOREIGN KEY (tag_id) REFERENCES tag(id) ON DELETE CASCADE"),
                    mariadbForeignKeys("post_tags"));
            assertEquals(Map.of(), mariadbForeignKeys("users"));
            return;
        } else {
            assertEquals(List.of(List.of("users", "author_id", "id", "CASCADE")), sqliteForeignKeys("posts"));
            assertEquals(List.of(List.of("posts", "post_id", "id", "CASCADE"), List.of("tag", "tag_id", "id", "CASCADE")),
                    sqliteForeignKeys("post_tags"));
        }
        assertEquals(List.of(), postgres() ? List.copyOf(pgConstraints("users", "f").keySet()) : sqliteForeignKeys("users"));
    }

    @Test
    void uniqueConstraintsAndIndexes() {
        assertEquals(Map.of(
                        "ix_users_name_created_at", List.of("name", "created_at"),
                        "ux_users_email", List.of("email")),
                secondaryIndexes("users", false, true));
        assertEquals(Map.of("ux_users_email", List.of("email")), secondaryIndexes("users", true, true));
        assertEquals(Map.of("ix_posts_author_id_published_at", List.of("author_id", "published_at")),
                secondaryIndexes("posts", false, true));
        assertEquals(Map.of("ux_tag_name", List.of("name")), secondaryIndexes("tag", true, true));
        // InnoDB indexes every foreign key: one no other index starts with gets an index of the key's name
        assertEquals(mariadb() ? Map.of("fk_post_tags_tag_id", List.of("tag_id")) : Map.of(),
                secondaryIndexes("post_tags", false, false));
    }

    @Test
    void enumColumnsAcceptOnlyTheirConstants() {
        if (postgres()) {
            assertEquals(Map.of("users_status_check",
                            "CHECK ((status = ANY (ARRAY['ACTIVE'::text, 'SUSPENDED'::text, 'DELETED'::text])))"),
                    pgConstraints("users", "c"));
            assertEquals(List.of("all_types_optional_status_check", "all_types_status_check"),
                    List.copyOf(pgConstraints("all_types", "c").keySet()));
            assertEquals(Map.of(), pgConstraints("posts", "c"));
        } else if (mariadb()) {
            assertEquals(List.of(List.of("users_status_check", "`status` in ('ACTIVE','SUSPENDED','DELETED')")),
                    database.query("SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                            + " WHERE constraint_schema = DATABASE() AND table_name = 'users'"));
            assertEquals(List.of("all_types_optional_status_check", "all_types_status_check"),
                    database.strings("SELECT constraint_name FROM information_schema.check_constraints"
                            + " WHERE constraint_schema = DATABASE() AND table_name = 'all_types' ORDER BY constraint_name"));
        } else {
            String ddl = database.strings("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").get(0);
            assertTrue(ddl.contains(
                    "CONSTRAINT \"users_status_check\" CHECK (\"status\" IN ('ACTIVE', 'SUSPENDED', 'DELETED'))"), ddl);
        }
        insertUser("Ann", 30);

        CheckViolationException inserted = assertThrows(CheckViolationException.class, () -> db().text(
                "insert into users (name, email, age, status) values ('Bob', 'bob@example.com', 40, 'PENDING')").execute());
        assertEquals("users_status_check", inserted.constraintName(), inserted::getMessage);
        CheckViolationException updated = assertThrows(CheckViolationException.class,
                () -> db().text("update users set status = 'active'").execute());
        assertEquals("users_status_check", updated.constraintName(), updated::getMessage);

        assertEquals(List.of("Ann ACTIVE"), database.strings(mariadb() ? "SELECT CONCAT(name, ' ', status) FROM users"
                : "SELECT name || ' ' || status FROM users"));
    }

    @Test
    void notNullFollowsTheJavaTypes() {
        Map<String, Boolean> users = nullability("users");
        assertEquals(Map.of("id", false, "name", false, "email", false, "bio", true, "age", false,
                "created_at", false, "status", false), users);
        Map<String, Boolean> allTypes = nullability("all_types");
        allTypes.forEach((column, nullable) -> assertEquals(column.startsWith("optional_") || column.equals("any_decimal"),
                nullable, () -> "nullability of all_types." + column));
        assertEquals(41, allTypes.size(), allTypes::toString);
        assertEquals(Map.of("select", false, "from", false, "where", true), nullability("order"));
    }

    @Test
    void columnTypesKeepLengthPrecisionAndScale() {
        if (postgres()) {
            assertEquals(List.of(List.of("character varying", 100)),
                    database.query("SELECT data_type, character_maximum_length FROM information_schema.columns"
                            + " WHERE table_schema = current_schema() AND table_name = 'users' AND column_name = 'name'"));
            assertEquals(List.of(List.of("numeric", 12, 4)),
                    database.query("SELECT data_type, numeric_precision, numeric_scale FROM information_schema.columns"
                            + " WHERE table_schema = current_schema() AND table_name = 'all_types' AND column_name = 'money'"));
            assertEquals(List.of("uuid"), database.strings("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'all_types' AND column_name = 'uuid'"));
            assertEquals(List.of("timestamp with time zone"), database.strings("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'all_types' AND column_name = 'instant'"));
            assertEquals(List.of("timestamp without time zone"), database.strings("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'all_types' AND column_name = 'local_date_time'"));
            assertEquals(List.of("bytea"), database.strings("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'all_types' AND column_name = 'bytes'"));
        } else if (mariadb()) {
            Map<String, String> types = new TreeMap<>();
            for (List<Object> row : database.query("SELECT column_name, column_type FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'all_types'")) {
                types.put((String) row.get(0), (String) row.get(1));
            }
            assertEquals(List.of("varchar(100)"), database.strings("SELECT column_type FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name = 'name'"));
            assertEquals("decimal(12,4)", types.get("money"));
            assertEquals("decimal(65,30)", types.get("any_decimal"));
            assertEquals("uuid", types.get("uuid"));
            assertEquals("datetime(6)", types.get("instant"));
            assertEquals("datetime(6)", types.get("local_date_time"));
            assertEquals("time(6)", types.get("local_time"));
            assertEquals("longblob", types.get("bytes"));
            assertEquals("text", types.get("text"));
            assertEquals("tinyint(1)", types.get("primitive_boolean"));
            assertEquals("double", types.get("primitive_float"));
        } else {
            // SQLite keeps declared types only as affinities: decimals are NUMERIC, so that they compare as
            // numbers; timestamps are TEXT in a sortable form.
            Map<String, String> affinities = new TreeMap<>();
            for (List<Object> row : database.query("SELECT name, upper(type) FROM pragma_table_info('all_types')")) {
                affinities.put((String) row.get(0), sqliteAffinity((String) row.get(1)));
            }
            assertEquals("INTEGER", affinities.get("primitive_long"));
            assertEquals("INTEGER", affinities.get("optional_boolean"));
            assertEquals("REAL", affinities.get("required_double"));
            assertEquals("NUMERIC", affinities.get("money"));
            assertEquals("NUMERIC", affinities.get("any_decimal"));
            assertEquals("TEXT", affinities.get("short_text"));
            assertEquals("TEXT", affinities.get("instant"));
            assertEquals("BLOB", affinities.get("bytes"));
        }
    }

    /** The affinity SQLite gives a declared column type (its documented rules, in order). */
    private static String sqliteAffinity(String declared) {
        if (declared.contains("INT")) {
            return "INTEGER";
        }
        if (declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT")) {
            return "TEXT";
        }
        if (declared.isEmpty() || declared.contains("BLOB")) {
            return "BLOB";
        }
        if (declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB")) {
            return "REAL";
        }
        return "NUMERIC";
    }

    @Test
    void generatedKeysAreAssignedByTheDatabase() {
        if (postgres()) {
            assertEquals(List.of("YES"), database.strings("SELECT is_identity FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'users' AND column_name = 'id'"));
        } else if (mariadb()) {
            assertEquals(List.of("auto_increment"), database.strings("SELECT extra FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'users' AND column_name = 'id'"));
        } else {
            String ddl = database.strings("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'users'").get(0);
            assertTrue(ddl.toUpperCase().replaceAll("\\s+", " ").contains("INTEGER PRIMARY KEY AUTOINCREMENT"), ddl);
        }
        User first = insertUser("First", 30);
        User second = insertUser("Second", 31);
        assertNotNull(first.id);
        assertTrue(second.id > first.id, () -> first.id + " then " + second.id);
    }

    @Test
    void serverDefaultsApplyAndComeBack() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        User user = insertUser("Dee", 40);
        Instant after = Instant.now().plusSeconds(5);
        assertNotNull(user.createdAt, "createdAt returned from the server default");
        assertTrue(!user.createdAt.isBefore(before) && !user.createdAt.isAfter(after),
                () -> "createdAt " + user.createdAt + " not within [" + before + ", " + after + "]");
        assertEquals(user.createdAt, db().get(USER, user.id).orElseThrow().createdAt);

        Post post = db().insert(POST, Post.draft(user.id, "Hello", "World"));
        assertEquals(0, post.views(), "views from the server default 0");
        assertEquals(Integer.valueOf(0), db().get(POST, post.id()).orElseThrow().views());
        assertEquals(1, database.number("SELECT count(*) FROM posts WHERE views = 0"));
    }

    @Test
    void deletingAUserCascadesToPostsAndTheirTags() {
        User ann = insertUser("Ann", 30);
        User bob = insertUser("Bob", 40);
        Post annsFirst = insertPost(ann, "one");
        Post annsSecond = insertPost(ann, "two");
        Post bobs = insertPost(bob, "three");
        Tag tag = db().insert(TAG, new Tag("java"));
        db().insertAll(POST_TAG, List.of(
                new PostTag(annsFirst.id(), tag.id, 1, null),
                new PostTag(annsSecond.id(), tag.id, 1, null),
                new PostTag(bobs.id(), tag.id, 1, null)));

        assertEquals(1, db().delete(USER).where(USER.id.eq(ann.id)).execute());

        assertEquals(List.of(bobs.id()), db().select(POST).fetch().stream().map(Post::id).toList());
        assertEquals(List.of(bobs.id()), db().select(POST_TAG).fetch().stream().map(PostTag::postId).toList());
        assertEquals(1, database.number("SELECT count(*) FROM tag"));

        assertEquals(1, db().delete(TAG).where(TAG.id.eq(tag.id)).execute());
        assertEquals(0, db().select(POST_TAG).count());
        assertEquals(1, db().select(POST).count());
    }

    private List<String> tableNames() {
        if (postgres()) {
            return database.strings("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() ORDER BY table_name");
        }
        if (mariadb()) {
            return database.strings("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() ORDER BY BINARY table_name");
        }
        return database.strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
    }

    private static int indexOfTable(List<String> statements, String table) {
        Pattern pattern = Pattern.compile("(?i)\\bTABLE\\s+(IF\\s+(NOT\\s+)?EXISTS\\s+)?[\"`]" + table + "[\"`]");
        for (int i = 0; i < statements.size(); i++) {
            if (pattern.matcher(statements.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    private List<String> primaryKey(String table) {
        if (postgres()) {
            return database.strings("SELECT a.attname FROM pg_index i"
                    + " JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true"
                    + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                    + " WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY k.ord", DatabaseExtension.quote(table));
        }
        if (mariadb()) {
            return database.strings("SELECT column_name FROM information_schema.key_column_usage"
                    + " WHERE table_schema = DATABASE() AND table_name = ? AND constraint_name = 'PRIMARY'"
                    + " ORDER BY ordinal_position", table);
        }
        return database.strings("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", table);
    }

    /** The foreign keys of a MariaDB table by name, written as PostgreSQL's {@code pg_get_constraintdef} writes them. */
    private Map<String, String> mariadbForeignKeys(String table) {
        Map<String, String> keys = new TreeMap<>();
        for (List<Object> row : database.query("SELECT k.constraint_name, k.column_name, k.referenced_table_name,"
                + " k.referenced_column_name, r.delete_rule FROM information_schema.key_column_usage k"
                + " JOIN information_schema.referential_constraints r ON r.constraint_schema = k.table_schema"
                + " AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name"
                + " WHERE k.table_schema = DATABASE() AND k.table_name = ? AND k.referenced_table_name IS NOT NULL"
                + " ORDER BY k.constraint_name, k.ordinal_position", table)) {
            keys.put((String) row.get(0), "FOREIGN KEY (" + row.get(1) + ") REFERENCES " + row.get(2) + "(" + row.get(3)
                    + ") ON DELETE " + row.get(4));
        }
        return keys;
    }

    private Map<String, String> pgConstraints(String table, String type) {
        Map<String, String> constraints = new TreeMap<>();
        for (List<Object> row : database.query("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
                + " WHERE conrelid = ?::regclass AND contype = ?", DatabaseExtension.quote(table), type)) {
            constraints.put((String) row.get(0), (String) row.get(1));
        }
        return constraints;
    }

    private List<List<String>> sqliteForeignKeys(String table) {
        List<List<String>> keys = new ArrayList<>();
        for (List<Object> row : database.query("SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(?)"
                + " ORDER BY \"from\"", table)) {
            keys.add(row.stream().map(String::valueOf).toList());
        }
        return keys;
    }

    /**
     * The indexes of {@code table} other than its primary key's, with their columns in order;
     * only unique ones when {@code uniqueOnly}. SQLite keeps no name for a unique constraint
     * declared inside {@code CREATE TABLE}, so there its auto-index is reported under the name
     * the constraint has in the table's DDL, when {@code resolveSqliteNames}.
     */
    private Map<String, List<String>> secondaryIndexes(String table, boolean uniqueOnly, boolean resolveSqliteNames) {
        Map<String, List<String>> indexes = new TreeMap<>();
        if (postgres()) {
            for (List<Object> row : database.query("SELECT c.relname, i.indisunique FROM pg_index i"
                    + " JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = ?::regclass AND NOT i.indisprimary",
                    DatabaseExtension.quote(table))) {
                if (!uniqueOnly || (Boolean) row.get(1)) {
                    String name = (String) row.get(0);
                    indexes.put(name, database.strings("SELECT a.attname FROM pg_index i"
                            + " JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) ON true"
                            + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum"
                            + " WHERE i.indexrelid = ?::regclass ORDER BY k.ord", DatabaseExtension.quote(name)));
                }
            }
            return indexes;
        }
        if (mariadb()) {
            for (List<Object> row : database.query("SELECT index_name, non_unique, column_name FROM information_schema.statistics"
                    + " WHERE table_schema = DATABASE() AND table_name = ? AND index_name <> 'PRIMARY'"
                    + " ORDER BY index_name, seq_in_index", table)) {
                if (!uniqueOnly || ((Number) row.get(1)).intValue() == 0) {
                    indexes.computeIfAbsent((String) row.get(0), name -> new ArrayList<>()).add((String) row.get(2));
                }
            }
            return indexes;
        }
        String ddl = database.strings("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", table).get(0);
        for (List<Object> row : database.query("SELECT name, \"unique\", origin FROM pragma_index_list(?)", table)) {
            String name = (String) row.get(0);
            boolean unique = ((Number) row.get(1)).intValue() == 1;
            if ("pk".equals(row.get(2)) || (uniqueOnly && !unique)) {
                continue;
            }
            List<String> columns = database.strings("SELECT name FROM pragma_index_info(?) ORDER BY seqno", name);
            if (name.startsWith("sqlite_autoindex_") && resolveSqliteNames) {
                name = constraintNameInDdl(ddl, columns);
            }
            indexes.put(name, columns);
        }
        return indexes;
    }

    private static String constraintNameInDdl(String ddl, List<String> columns) {
        String normalized = ddl.replaceAll("\\s+", "");
        String suffix = "UNIQUE(" + String.join(",", columns.stream().map(DatabaseExtension::quote).toList()) + ")";
        int at = normalized.indexOf(suffix);
        if (at < 0) {
            return "unnamed unique " + columns + " in " + ddl;
        }
        String before = normalized.substring(0, at);
        int start = before.lastIndexOf("CONSTRAINT\"");
        return start < 0 ? "unnamed unique " + columns : before.substring(start + "CONSTRAINT\"".length(), before.length() - 1);
    }

    private Map<String, Boolean> nullability(String table) {
        Map<String, Boolean> columns = new TreeMap<>();
        if (postgres()) {
            for (List<Object> row : database.query("SELECT column_name, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ?", table)) {
                columns.put((String) row.get(0), "YES".equals(row.get(1)));
            }
        } else if (mariadb()) {
            for (List<Object> row : database.query("SELECT column_name, is_nullable FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = ?", table)) {
                columns.put((String) row.get(0), "YES".equals(row.get(1)));
            }
        } else {
            // The one SQLite column that is NOT NULL without saying so: a rowid alias (INTEGER PRIMARY KEY).
            long keyColumns = database.number("SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0", table);
            for (List<Object> row : database.query("SELECT name, \"notnull\", pk, upper(type) FROM pragma_table_info(?)", table)) {
                boolean rowid = keyColumns == 1 && ((Number) row.get(2)).intValue() == 1 && "INTEGER".equals(row.get(3));
                boolean notNull = ((Number) row.get(1)).intValue() == 1 || rowid;
                columns.put((String) row.get(0), !notNull);
            }
        }
        assertFalse(columns.isEmpty(), () -> "no columns found for " + table);
        return columns;
    }
}
