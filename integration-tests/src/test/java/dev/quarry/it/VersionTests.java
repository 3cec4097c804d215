package dev.quarry.it;

import static dev.quarry.it.versioned.Account_.ACCOUNT;
import static dev.quarry.it.versioned.Document_.DOCUMENT;
import static dev.quarry.it.versioned.Folder_.FOLDER;
import static dev.quarry.it.versioned.Note_.NOTE;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.exception.OptimisticLockException;
import dev.quarry.it.versioned.Account;
import dev.quarry.it.versioned.AccountRepository_Impl;
import dev.quarry.it.versioned.Document;
import dev.quarry.it.versioned.DocumentRepository_Impl;
import dev.quarry.it.versioned.Folder;
import dev.quarry.it.versioned.Note;
import dev.quarry.query.EntityTable;
import dev.quarry.session.Session;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking with {@code @Version} on generated entities: the version set on insert and
 * incremented on update, the statements sent, and conflicts between two sessions on two threads
 * (one wins, the other fails and writes nothing of its flush), through repositories and
 * {@code remove} too.
 */
abstract class VersionTests {
    static final List<EntityTable<?, ?>> TABLES = dev.quarry.it.versioned.Tables.ALL;

    private final DatabaseExtension database;

    protected VersionTests(DatabaseExtension database) {
        this.database = database;
    }

    private Database db() {
        return database.db();
    }

    /** SQL written with double-quoted identifiers, quoted as the running dialect quotes them. */
    private String quoted(String sql) {
        return database.isMariadb() ? sql.replace('"', '`') : sql;
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a session kept a connection");
    }

    private long balance(long id) {
        return db().select(ACCOUNT).where(ACCOUNT.id.eq(id)).one().balance;
    }

    private int version(long id) {
        return db().select(ACCOUNT).where(ACCOUNT.id.eq(id)).one().version;
    }

    @Test
    void insertStartsAtZeroAndUpdateIncrementsWithTheVersionInTheWhere() {
        try (Session session = db().session()) {
            Account account = session.add(ACCOUNT, new Account("Ada", 100));
            session.commit();
            assertEquals(0, account.version);
            account.balance = 150;
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(1, count.total(), count::toString);
                String sql = count.statements().get(0).toLowerCase(Locale.ROOT);
                assertTrue(sql.contains(quoted("\"version\" = \"version\" + 1")), sql);
                assertTrue(sql.contains(quoted("and \"version\" = ?")), sql);
            }
            session.commit();
            assertEquals(1, account.version, "the object holds the new version");
            assertEquals(1, version(account.id));
            account.balance = 175;
            session.commit();
            assertEquals(2, account.version);
            assertEquals(175, balance(account.id));
        }
    }

    @Test
    void aNullVersionOfANewRecordIsSetByQuarry() {
        Document stored = db().insert(DOCUMENT, new Document("draft"));
        assertEquals(0L, stored.version());
        try (Session session = db().session()) {
            Document tracked = session.get(DOCUMENT, stored.id()).orElseThrow();
            session.update(DOCUMENT, tracked.withTitle("final"));
            session.commit();
        }
        assertEquals(1L, db().select(DOCUMENT).one().version());
    }

    @Test
    void twoSessionsOnTwoThreadsTheFirstCommitWins() throws Exception {
        long id = db().insert(ACCOUNT, new Account("Ada", 100)).id;
        long other = db().insert(ACCOUNT, new Account("Bob", 10)).id;
        CountDownLatch bothLoaded = new CountDownLatch(2);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> {
                try (Session session = db().session()) {
                    Account account = session.get(ACCOUNT, id).orElseThrow();
                    session.commit(); // gives the connection back while the other thread loads
                    bothLoaded.countDown();
                    await(bothLoaded);
                    account.balance += 50;
                    session.commit();
                } finally {
                    firstCommitted.countDown();
                }
                return null;
            });
            Future<Throwable> second = threads.submit(() -> {
                try (Session session = db().session()) {
                    Account account = session.get(ACCOUNT, id).orElseThrow();
                    Account bob = session.get(ACCOUNT, other).orElseThrow();
                    session.commit();
                    bothLoaded.countDown();
                    await(firstCommitted);
                    account.balance += 30;
                    bob.balance = 999; // another row in the same flush
                    try {
                        session.commit();
                        return null;
                    } catch (OptimisticLockException e) {
                        return e;
                    }
                }
            });
            first.get(30, TimeUnit.SECONDS);
            Throwable failure = second.get(30, TimeUnit.SECONDS);
            assertTrue(failure instanceof OptimisticLockException, "the second commit fails: " + failure);
            assertTrue(failure.getMessage().contains("Account") && failure.getMessage().contains("key " + id),
                    failure.getMessage());
        } finally {
            threads.shutdownNow();
        }
        assertEquals(150, balance(id), "the first update stays, no lost update");
        assertEquals(1, version(id));
        assertEquals(10, balance(other), "nothing of the failed flush is written");
        assertEquals(0, version(other));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(30, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSessionStaysConsistentAfterAConflict() {
        long id = db().insert(ACCOUNT, new Account("Ada", 100)).id;
        try (Session session = db().session()) {
            Account account = session.get(ACCOUNT, id).orElseThrow();
            session.commit(); // ends the read (SQLite lets no one write while it lasts); account stays tracked
            db().update(ACCOUNT).set(ACCOUNT.version, 7).where(ACCOUNT.id.eq(id)).execute();
            account.balance = 1;
            assertThrows(OptimisticLockException.class, session::flush);
            assertEquals(0, account.version, "the object keeps the version it was read with");
            Account fresh = session.refresh(account);
            assertEquals(7, fresh.version);
            fresh.balance = 2;
            session.commit();
            assertEquals(8, fresh.version);
        }
        assertEquals(2, balance(id));
    }

    @Test
    void repositorySaveChecksAndIncrements() {
        AccountRepository_Impl accounts = new AccountRepository_Impl(db());
        Account mine = accounts.save(new Account("Ada", 100));
        assertEquals(0, mine.version);
        Account theirs = accounts.findById(mine.id).orElseThrow();
        theirs.balance = 120;
        try (StatementCount count = JdbcStatements.count()) {
            accounts.save(theirs);
            String sql = count.statements().get(0).toLowerCase(Locale.ROOT);
            assertTrue(sql.contains(quoted("and \"version\" = ?")), sql);
        }
        assertEquals(1, theirs.version);
        mine.balance = 90;
        OptimisticLockException e = assertThrows(OptimisticLockException.class, () -> accounts.save(mine));
        assertEquals(mine.id, e.key());
        assertEquals(0, e.version());
        assertThrows(OptimisticLockException.class, () -> accounts.saveAll(List.of(mine)));
        assertEquals(120, balance(mine.id), "no lost update");
        assertThrows(OptimisticLockException.class, () -> accounts.delete(mine));
        assertTrue(accounts.delete(theirs));
    }

    @Test
    void repositorySaveOfARecordReturnsTheNewVersion() {
        DocumentRepository_Impl documents = new DocumentRepository_Impl(db());
        Document draft = documents.save(new Document("draft"));
        Document saved = documents.save(draft.withTitle("final"));
        assertEquals(1L, saved.version());
        assertThrows(OptimisticLockException.class, () -> documents.save(draft.withTitle("stale")));
        assertEquals("final", documents.findById(draft.id()).orElseThrow().title());
        assertEquals(2L, documents.upsert(saved.withTitle("again")).version());
        assertThrows(OptimisticLockException.class, () -> documents.upsert(saved));
    }

    @Test
    void deleteWithAStaleVersionFails() {
        long id = db().insert(ACCOUNT, new Account("Ada", 100)).id;
        Account stale = db().select(ACCOUNT).where(ACCOUNT.id.eq(id)).one();
        try (Session session = db().session()) {
            session.get(ACCOUNT, id).orElseThrow().balance = 5;
            session.commit();
        }
        assertThrows(OptimisticLockException.class, () -> db().transaction(tx -> {
            tx.remove(ACCOUNT, stale);
            return null;
        }));
        try (Session session = db().session()) {
            Account account = session.get(ACCOUNT, id).orElseThrow();
            session.commit();
            db().update(ACCOUNT).set(ACCOUNT.balance, 6L).where(ACCOUNT.id.eq(id)).execute();
            db().update(ACCOUNT).set(ACCOUNT.version, 9).where(ACCOUNT.id.eq(id)).execute();
            session.delete(account);
            assertThrows(OptimisticLockException.class, session::commit);
        }
        assertEquals(1, db().select(ACCOUNT).count(), "the row is still there");
        Account current = db().select(ACCOUNT).one();
        db().transaction(tx -> {
            tx.remove(ACCOUNT, current);
            return null;
        });
        assertEquals(0, db().select(ACCOUNT).count());
    }

    /** A folder persisted with new notes of these texts. */
    private Folder folder(String name, String... texts) {
        Folder folder = new Folder(name);
        folder.notes = new ArrayList<>();
        for (String text : texts) {
            folder.notes.add(new Note(text));
        }
        return db().persist(FOLDER, folder);
    }

    /** The folders with their notes, in insert order. */
    private List<Folder> folders() {
        return db().select(FOLDER).orderBy(FOLDER.id.asc()).load(selectIn(FOLDER.notes)).fetch();
    }

    private Note note(long id) {
        return db().select(NOTE).where(NOTE.id.eq(id)).one();
    }

    private static Note withText(List<Note> notes, String text) {
        return notes.stream().filter(note -> note.text.equals(text)).findFirst().orElseThrow();
    }

    @Test
    void persistMovingAVersionedChildChecksAndIncrementsItsVersion() {
        folder("inbox", "first", "second");
        folder("archive");
        List<Folder> folders = folders();
        Folder inbox = folders.get(0);
        Folder archive = folders.get(1);
        Note moved = withText(inbox.notes, "second");
        assertEquals(0, moved.version);
        inbox.notes.remove(moved);
        archive.notes.add(moved);
        try (StatementCount count = JdbcStatements.count()) {
            db().persist(FOLDER, archive);
            assertEquals(1, count.total(), count::toString);
            String sql = count.statements().get(0).toLowerCase(Locale.ROOT);
            assertTrue(sql.startsWith(quoted("update \"notes\" set \"folder_id\" = ?")), sql);
            assertTrue(sql.contains(quoted("\"version\" = \"version\" + 1")), sql);
            assertTrue(sql.contains(quoted("and \"version\" = ?")), sql);
        }
        assertEquals(1, moved.version, "the object holds the new version");
        Note stored = note(moved.id);
        assertEquals(archive.id, stored.folderId);
        assertEquals(1, stored.version);
        assertEquals(archive, moved.folder.get(), "its loaded back reference follows the collection");
        try (StatementCount count = JdbcStatements.count()) {
            db().persist(FOLDER, inbox); // the folder it left: no orphan there, it belongs to another folder now
            assertEquals(0, count.total(), count::toString);
        }
        assertEquals(archive.id, note(moved.id).folderId);
    }

    @Test
    void persistSettingAVersionedOrphanToNullChecksAndIncrementsItsVersion() {
        folder("inbox", "first", "second");
        Folder inbox = folders().get(0);
        Note orphan = withText(inbox.notes, "first");
        inbox.notes.remove(orphan);
        try (StatementCount count = JdbcStatements.count()) {
            db().persist(FOLDER, inbox);
            assertEquals(1, count.total(), count::toString);
            String sql = count.statements().get(0).toLowerCase(Locale.ROOT);
            assertTrue(sql.contains(quoted("\"version\" = \"version\" + 1")) && sql.contains(quoted("and \"version\" = ?")), sql);
        }
        Note stored = note(orphan.id);
        assertNull(stored.folderId);
        assertEquals(1, stored.version);
    }

    @Test
    void persistMovingAStaleVersionedChildFailsAndWritesNothing() {
        folder("inbox", "first", "second");
        folder("archive");
        List<Folder> folders = folders();
        Folder inbox = folders.get(0);
        Folder archive = folders.get(1);
        Note moved = withText(inbox.notes, "second");
        try (Session session = db().session()) { // another update of the row after the graph was loaded
            session.get(NOTE, moved.id).orElseThrow().text = "edited";
            session.commit();
        }
        inbox.notes.remove(moved);
        archive.notes.add(moved);
        archive.notes.add(new Note("new")); // inserted before the move in the same persist
        OptimisticLockException e = assertThrows(OptimisticLockException.class, () -> db().persist(FOLDER, archive));
        assertEquals(moved.id, e.key());
        assertEquals(0, e.version());
        Note stored = note(moved.id);
        assertEquals(inbox.id, stored.folderId, "not moved");
        assertEquals("edited", stored.text, "the other update stays");
        assertEquals(1, stored.version);
        assertEquals(2, db().select(NOTE).count(), "the new note of the failed persist is not there");
    }
}
