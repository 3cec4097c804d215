package dev.quarry.docs;

import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.User;
import com.example.blog.UserStatus;
import com.example.guarantees.Account;
import com.example.guarantees.Errors;
import com.example.guarantees.Guarantees;
import dev.quarry.Database;
import dev.quarry.StatementWatch;
import dev.quarry.exception.CheckViolationException;
import dev.quarry.exception.ConstraintViolationException;
import dev.quarry.exception.ForeignKeyViolationException;
import dev.quarry.exception.NotNullViolationException;
import dev.quarry.exception.QuarryException;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.exception.SqlExecutionException;
import dev.quarry.exception.UniqueViolationException;
import dev.quarry.query.SelectQuery;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The samples of docs/guide/guarantees.md: each exception provoked and caught, each guarantee checked, on SQLite and PostgreSQL. */
class GuaranteesGuideTest {
    private static final String HOSTILE = "x'; DROP TABLE users; --";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void queriesExpectingOneRow(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals("Ada", Errors.userByEmail(db, "ada@example.com"));
            assertEquals("nobody", Errors.userByEmail(db, "nobody@example.com"));
            assertEquals("Grace", Errors.olderThan(db, 50).orElseThrow().name());
            assertEquals(Optional.empty(), Errors.olderThan(db, 90));
            assertEquals(Optional.empty(), Errors.olderThan(db, 40), "two rows: NonUniqueResultException caught");
            assertPoolIdle(db);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void constraintViolations(QueriesDb kind) {
        boolean postgres = kind == QueriesDb.POSTGRES;
        try (Database db = kind.open(dir)) {
            assertEquals("taken: ada@example.com", Errors.register(db, "Ada again", "ada@example.com"));
            assertEquals("registered", Errors.register(db, "Barbara", "barbara@example.com"));
            UniqueViolationException unique = assertThrows(UniqueViolationException.class,
                    () -> db.insert(USER, new User("Ada again", "ada@example.com", 30)));
            assertEquals(postgres ? "ux_users_email" : null, unique.constraintName());
            assertTrue(unique.getMessage().contains(postgres ? "ux_users_email" : "users.email"), unique.getMessage());
            assertTrue(unique.getMessage().contains("[SQL: INSERT INTO \"users\""), unique.getMessage());
            assertEquals(postgres ? "23505" : null, unique.sqlState());

            long ada = userId(db, "Ada");
            assertEquals("published", Errors.publish(db, ada, "Notes"));
            assertEquals("no such author: 999999", Errors.publish(db, 999_999L, "Ghost"));
            ForeignKeyViolationException foreignKey = assertThrows(ForeignKeyViolationException.class,
                    () -> db.insert(POST, new com.example.blog.Post("Ghost", "...", 999_999L)));
            assertEquals(postgres ? "fk_posts_author_id" : null, foreignKey.constraintName());

            assertEquals("renamed", Errors.rename(db, ada, "Augusta Ada"));
            assertEquals("a name is required", Errors.rename(db, ada, null));
            NotNullViolationException notNull = assertThrows(NotNullViolationException.class,
                    () -> db.update(USER).set(USER.name, null).where(USER.id.eq(ada)).execute());
            assertTrue(notNull.getMessage().contains(postgres ? "column \"name\" of relation \"users\"" : "users.name"),
                    notNull.getMessage());
            assertNull(notNull.constraintName(), "neither database names a NOT NULL constraint");

            Errors.createAccounts(db);
            assertEquals("opened", Errors.open(db, new Account(1, "Ada", 100)));
            assertEquals("refused by balance_not_negative", Errors.open(db, new Account(2, "Alan", -5)));
            CheckViolationException check = assertThrows(CheckViolationException.class,
                    () -> db.insert(com.example.guarantees.Account_.ACCOUNT, new Account(3, "Grace", -1)));
            assertEquals("balance_not_negative", check.constraintName());
            assertInstanceOf(ConstraintViolationException.class, check);
            assertInstanceOf(SqlExecutionException.class, check);
            assertInstanceOf(SQLException.class, check.getCause());
            assertPoolIdle(db);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void otherFailedStatements(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals("failed: select count(*) from audit_log", Errors.report(db));
            SqlExecutionException failed = assertThrows(SqlExecutionException.class,
                    () -> db.text("select count(*) from audit_log").as(Long.class).one());
            assertEquals(kind == QueriesDb.POSTGRES ? "42P01" : null, failed.sqlState());
            assertEquals("select count(*) from audit_log", failed.sql());
            assertInstanceOf(SQLException.class, failed.getCause());
            assertFalse(failed instanceof ConstraintViolationException);

            assertEquals("ended", Errors.useAfterTheBlock(db));
            assertPoolIdle(db);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void mappingRelationsAndRepeats(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long ada = userId(db, "Ada");
            assertEquals("not loaded", Errors.postsOf(db, ada));
            String stopped = Errors.postsPerUser(db);
            assertTrue(stopped.startsWith("stopped at run 3 of SELECT "), stopped);
            assertTrue(stopped.endsWith("FROM \"posts\" WHERE \"author_id\" = ?"), stopped);
            assertEquals("unreadable row", Errors.readAll(db));
            assertPoolIdle(db);
        }
    }

    @Test
    void configuration() {
        assertEquals("unsupported", Errors.connect("jdbc:h2:mem:blog"));
        assertEquals("sqlite", Errors.connect("jdbc:sqlite:" + dir.resolve("ok.db")));
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void valuesAreBoundAndIdentifiersQuoted(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            SelectQuery<User> query = Guarantees.byName(db, HOSTILE);
            assertEquals("SELECT \"id\", \"name\", \"email\", \"bio\", \"age\", \"status\", \"created_at\" FROM \"users\" "
                    + "WHERE \"name\" = ? ORDER BY \"created_at\" DESC", query.toSql());
            assertEquals(List.of(HOSTILE), query.parameters());
            assertEquals(List.of(), query.fetch());
            assertEquals(3, db.select(USER).count(), "the users table is still there");

            String alias = "u\" WHERE 1=1 --";
            SelectQuery<User> aliased = Guarantees.byNameAliased(db, alias, HOSTILE);
            assertTrue(aliased.toSql().contains("FROM \"users\" AS \"u\"\" WHERE 1=1 --\""), aliased.toSql());
            assertEquals(List.of(HOSTILE), aliased.parameters());
            assertEquals(List.of(), aliased.fetch());
            assertEquals(1, Guarantees.byNameAliased(db, alias, "Ada").fetch().size());
        }
    }

    /** No reflection: the runtime's classes name no java.lang.reflect type and call no Class.forName. */
    @Test
    void theRuntimeMakesNoReflectiveCall() throws IOException, URISyntaxException {
        Path runtime = Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> offenders = new ArrayList<>();
        int classes = 0;
        if (Files.isDirectory(runtime)) {
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                    classes++;
                    if (reflective(Files.readAllBytes(file))) {
                        offenders.add(runtime.relativize(file).toString());
                    }
                }
            }
        } else {
            try (JarFile jar = new JarFile(runtime.toFile())) {
                for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                    if (entry.getName().endsWith(".class")) {
                        classes++;
                        try (InputStream in = jar.getInputStream(entry)) {
                            if (reflective(in.readAllBytes())) {
                                offenders.add(entry.getName());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(classes > 100, "scanned " + classes + " classes of " + runtime);
        assertEquals(List.of(), offenders);
        // and what a query returns is the entity class itself, not a proxy subclass
        try (Database db = Blog.sqlite(dir)) {
            assertSame(User.class, db.select(USER).fetch().get(0).getClass());
        }
    }

    private static boolean reflective(byte[] classFile) {
        String constants = new String(classFile, StandardCharsets.ISO_8859_1);
        return constants.contains("java/lang/reflect/") || constants.contains("forName");
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void relationshipsAreNeverFetchedBehindYourBack(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            long ada = userId(db, "Ada");
            try (StatementWatch watch = db.watchStatements(1)) {
                assertEquals("not loaded", Errors.postsOf(db, ada));
                assertEquals(1, watch.total(), "the get only; reading posts ran nothing");
            }
            try (StatementWatch watch = db.watchStatements(1)) {
                assertEquals(2, Guarantees.postCount(db, ada));
                assertEquals(2, watch.total(), watch.counts()::toString);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void writesToEveryRowAreExplicit(QueriesDb kind) {
        NotCompiling.assertRejected(NotCompiling.sample("guarantees/WriteWithoutWhere.java"),
                "line 10:", "line 11:", "execute");
        try (Database db = kind.open(dir)) {
            assertEquals(3, Guarantees.suspendEveryone(db));
            assertEquals(List.of(UserStatus.SUSPENDED), db.select(USER).select(USER.status).distinct().fetch());
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void aFailedStatementRollsTheTransactionBack(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertThrows(UniqueViolationException.class, () -> Guarantees.registerBoth(db,
                    new User("Barbara", "barbara@example.com", 30), new User("Ada again", "ada@example.com", 30)));
            assertEquals(0, db.select(USER).where(USER.name.eq("Barbara")).count(), "the first insert was rolled back");

            assertEquals(2, Guarantees.importNew(db, List.of(new User("Barbara", "barbara@example.com", 30),
                    new User("Ada again", "ada@example.com", 30), new User("Edsger", "edsger@example.com", 72))));
            assertEquals(5, db.select(USER).count());
            assertPoolIdle(db);

            // caught inside the block without a savepoint: PostgreSQL refuses every later statement
            if (kind == QueriesDb.POSTGRES) {
                SqlExecutionException aborted = assertThrows(SqlExecutionException.class, () -> db.useTransaction(tx -> {
                    assertThrows(UniqueViolationException.class,
                            () -> tx.insert(USER, new User("Ada again", "ada@example.com", 30)));
                    tx.select(USER).count();
                }));
                assertEquals("25P02", aborted.sqlState());
            }
            assertPoolIdle(db);
        }
    }

    @ParameterizedTest
    @EnumSource(QueriesDb.class)
    void streamsGiveTheirConnectionBack(QueriesDb kind) {
        try (Database db = kind.open(dir)) {
            assertEquals(List.of("Ada", "Alan"), Guarantees.firstNames(db, 2));
            assertPoolIdle(db);
            assertEquals(3, Guarantees.allNames(db).size());
            assertPoolIdle(db);
            Stream<User> open = db.select(USER).stream();
            open.iterator().next();
            assertEquals(1, db.poolStats().active(), "an open stream holds its connection");
            open.close();
            assertPoolIdle(db);
        }
    }

    @Test
    void configurationFailsFastAndHidesThePassword() {
        assertEquals("invalid database configuration: maximumPoolSize must be at least 1 (was 0); "
                + "connectionTimeout must be at least 250ms (was PT0.1S)", Guarantees.invalidConfig());
        String described = Guarantees.describe();
        assertFalse(described.contains("s3cret"), described);
        assertTrue(described.contains("password=****"), described);
        try (Database db = Database.builder("jdbc:sqlite:" + dir.resolve("secret.db")).password("s3cret").connect()) {
            assertFalse(db.toString().contains("s3cret"), db.toString());
        }
    }

    @Test
    void everyExceptionIsAQuarryException() {
        for (Class<?> type : List.of(UniqueViolationException.class, RepeatedStatementException.class,
                SqlExecutionException.class, dev.quarry.exception.NoResultException.class,
                dev.quarry.exception.NonUniqueResultException.class, dev.quarry.exception.TransactionException.class,
                dev.quarry.exception.MappingException.class, dev.quarry.exception.ConfigurationException.class,
                dev.quarry.exception.RelationNotLoadedException.class)) {
            assertTrue(QuarryException.class.isAssignableFrom(type), type::getName);
            assertTrue(RuntimeException.class.isAssignableFrom(type), type::getName);
        }
    }

    private static long userId(Database db, String name) {
        return db.select(USER).where(USER.name.eq(name)).select(USER.id).one();
    }

    private static void assertPoolIdle(Database db) {
        assertEquals(0, db.poolStats().active(), () -> "connections still lent out: " + db.poolStats());
    }
}
