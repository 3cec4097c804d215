package dev.quarry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.exception.UniqueViolationException;
import dev.quarry.migration.GeneratedMigration;
import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import dev.quarry.query.EntityTable;
import dev.quarry.testing.DatabaseExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog schema evolves through seven versions, each generated from its model by
 * {@link Migrations#generate(String)} and compared with golden scripts
 * ({@code src/test/resources/evolution/<dialect>}; rewrite them with
 * {@code -Dquarry.golden.write=true}): create the blog; add {@code bio}; add tags with a join
 * table; rename {@code name} to {@code full_name}; change {@code score} to a decimal and add an
 * enum constant; add a unique constraint; drop {@code bio}. Rows written at each version must be
 * there and correct after every upgrade and downgrade.
 */
abstract class SchemaEvolutionTests extends DialectTests {
    private static final boolean WRITE_GOLDEN = Boolean.getBoolean("quarry.golden.write");

    private record Version(String description, List<? extends EntityTable<?, ?>> model) {
    }

    private static final List<Version> VERSIONS = List.of(
            new Version("create blog", dev.quarry.it.evolution.v1.Tables.ALL),
            new Version("add bio", dev.quarry.it.evolution.v2.Tables.ALL),
            new Version("add tags", dev.quarry.it.evolution.v3.Tables.ALL),
            new Version("rename name to full name", dev.quarry.it.evolution.v4.Tables.ALL),
            new Version("score as decimal and suspended users", dev.quarry.it.evolution.v5.Tables.ALL),
            new Version("unique email", dev.quarry.it.evolution.v6.Tables.ALL),
            new Version("drop bio", dev.quarry.it.evolution.v7.Tables.ALL));

    @TempDir
    Path directory;

    /** What the rows should hold; updated as the test writes and as migrations lose data by design. */
    private final List<String> users = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private String bobBio;
    private int tagLinks;

    protected SchemaEvolutionTests(DatabaseExtension database) {
        super(database);
    }

    private Migrations migrations(int version) {
        return db().migrations(MigrationConfig.builder()
                .model(VERSIONS.get(version - 1).model())
                .directory(directory)
                .build());
    }

    @Test
    void evolvesThroughSevenVersionsAndBackWithTheRows() {
        for (int version = 1; version <= VERSIONS.size(); version++) {
            Migrations migrations = migrations(version);
            GeneratedMigration generated = migrations.generate(VERSIONS.get(version - 1).description()).orElseThrow();
            assertEquals(String.valueOf(version), generated.version());
            assertGolden(generated.upScript());
            assertGolden(generated.downScript());

            List<MigrationInfo> applied = migrations.upgrade();
            assertEquals(List.of(String.valueOf(version)), applied.stream().map(MigrationInfo::version).toList());
            assertTrue(migrations.generate("nothing").isEmpty(), "an unchanged model generates nothing at " + version);
            migrations.check();

            write(version);
            verify(version);
        }

        Migrations head = migrations(VERSIONS.size());
        // Undoing "score as decimal and suspended users" re-adds the old check, which a SUSPENDED
        // user violates: the migration fails and the database stays where it was.
        for (int version = VERSIONS.size(); version > 1; version--) {
            if (version == 5) {
                MigrationException failed = assertThrows(MigrationException.class, () -> head.downgrade(1));
                assertTrue(failed.getMessage().contains("U5"), failed.getMessage());
                assertEquals("5", head.current().orElseThrow().version());
                verify(5);
                database.execute("UPDATE users SET status = 'BANNED' WHERE status = 'SUSPENDED'");
            }
            head.downgrade(1);
            loseOnDowngrade(version);
            assertEquals(String.valueOf(version - 1), head.current().orElseThrow().version());
            verify(version - 1);
        }

        assertEquals(6, head.upgrade().size());
        verify(VERSIONS.size());
        head.check();

        head.downgradeTo("0");
        assertTrue(head.current().isEmpty());
        assertEquals(0, database.number(postgres()
                ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_name IN ('users', 'posts', 'tags', 'post_tags')"
                : "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                        + " AND name IN ('users', 'posts', 'tags', 'post_tags')"));
        assertEquals(7, head.upgrade().size());
        head.check();
    }

    /** Writes the rows of one version through that version's entities. */
    private void write(int version) {
        switch (version) {
            case 1 -> {
                var ada = db().insert(dev.quarry.it.evolution.v1.Tables.USER, new dev.quarry.it.evolution.v1.User(
                        null, "Ada", "ada@example.com", dev.quarry.it.evolution.v1.UserStatus.ACTIVE));
                db().insert(dev.quarry.it.evolution.v1.Tables.POST,
                        new dev.quarry.it.evolution.v1.Post(null, ada.id(), "Hello", 3));
                users.add("Ada");
                titles.add("Hello");
            }
            case 2 -> {
                db().insert(dev.quarry.it.evolution.v2.Tables.USER, new dev.quarry.it.evolution.v2.User(
                        null, "Bob", "bob@example.com", "writes", dev.quarry.it.evolution.v2.UserStatus.BANNED));
                users.add("Bob");
                bobBio = "writes";
            }
            case 3 -> {
                var tag = db().insert(dev.quarry.it.evolution.v3.Tables.TAG, new dev.quarry.it.evolution.v3.Tag(null, "sql"));
                var post = db().insert(dev.quarry.it.evolution.v3.Tables.POST,
                        new dev.quarry.it.evolution.v3.Post(null, 1L, "Tagged", 5, Set.of()));
                database.execute("INSERT INTO post_tags (post_id, tag_id) VALUES (" + post.id() + ", " + tag.id() + ")");
                titles.add("Tagged");
                tagLinks = 1;
            }
            case 4 -> {
                var cy = db().insert(dev.quarry.it.evolution.v4.Tables.USER, new dev.quarry.it.evolution.v4.User(
                        null, "Cy", "cy@example.com", null, dev.quarry.it.evolution.v4.UserStatus.ACTIVE));
                assertEquals("Cy", cy.fullName());
                users.add("Cy");
            }
            case 5 -> {
                db().insert(dev.quarry.it.evolution.v5.Tables.USER, new dev.quarry.it.evolution.v5.User(
                        null, "Dee", "dee@example.com", null, dev.quarry.it.evolution.v5.UserStatus.SUSPENDED));
                var post = db().insert(dev.quarry.it.evolution.v5.Tables.POST,
                        new dev.quarry.it.evolution.v5.Post(null, 1L, "Decimal", new BigDecimal("4.0"), Set.of()));
                assertEquals(0, new BigDecimal("4").compareTo(post.score()));
                users.add("Dee");
                titles.add("Decimal");
            }
            case 6 -> assertThrows(UniqueViolationException.class, () -> db().insert(dev.quarry.it.evolution.v6.Tables.USER,
                    new dev.quarry.it.evolution.v6.User(null, "Ada again", "ada@example.com", null,
                            dev.quarry.it.evolution.v6.UserStatus.ACTIVE)));
            case 7 -> {
                var all = db().select(dev.quarry.it.evolution.v7.Tables.USER).fetch();
                assertEquals(users, all.stream().map(dev.quarry.it.evolution.v7.User::fullName).toList());
                bobBio = null;
            }
            default -> throw new AssertionError(version);
        }
    }

    /** The data a downgrade from {@code version} drops by design. */
    private void loseOnDowngrade(int version) {
        switch (version) {
            case 3 -> tagLinks = 0;
            case 2 -> bobBio = null;
            default -> {
            }
        }
    }

    /** Checks, with plain SQL, that the rows are as written at a database at {@code version}. */
    private void verify(int version) {
        String name = version >= 4 ? "full_name" : "name";
        assertEquals(users, database.strings("SELECT " + name + " FROM users ORDER BY id"), "users at " + version);
        assertEquals(titles, database.strings("SELECT title FROM posts ORDER BY id"), "posts at " + version);
        assertEquals(3, database.number("SELECT score FROM posts WHERE title = 'Hello'"), "score at " + version);
        if (version >= 2 && version <= 6) {
            List<String> bio = database.strings("SELECT bio FROM users WHERE " + name + " = 'Bob'");
            assertEquals(java.util.Collections.singletonList(bobBio), bio, "bio at " + version);
        }
        if (version >= 3) {
            assertEquals(tagLinks, database.number("SELECT count(*) FROM post_tags"), "tag links at " + version);
        }
    }

    private void assertGolden(Path script) {
        Path golden = Path.of("src/test/resources/evolution", db().dialectName(), script.getFileName().toString());
        try {
            String actual = Files.readString(script);
            if (WRITE_GOLDEN) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                return;
            }
            assertTrue(Files.exists(golden), "no golden file " + golden + "; write it with -Dquarry.golden.write=true");
            assertEquals(Files.readString(golden), actual, "generated " + script.getFileName() + " differs from " + golden);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
