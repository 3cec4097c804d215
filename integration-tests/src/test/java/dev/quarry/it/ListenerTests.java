package dev.quarry.it;

import static dev.quarry.it.stamped.Memo_.MEMO;
import static dev.quarry.it.stamped.Ticket_.TICKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.Database;
import dev.quarry.EntityListener;
import dev.quarry.it.stamped.Memo;
import dev.quarry.it.stamped.MemoRepository_Impl;
import dev.quarry.it.stamped.Ticket;
import dev.quarry.query.EntityTable;
import dev.quarry.session.Session;
import dev.quarry.testing.DatabaseExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entity listeners on generated entities: the order of the calls and the entities they get on
 * each path (db.insert/insertAll, repositories, the session, DSL reads), a failing before-hook
 * that writes nothing, and a table without listeners that behaves as before. Two listeners are
 * registered for memos, none for tickets.
 */
abstract class ListenerTests {
    static final List<EntityTable<?, ?>> TABLES = dev.quarry.it.stamped.Tables.ALL;
    /** What the listeners saw, as "listener:hook:text". */
    static final List<String> CALLS = new ArrayList<>();
    /** The entities the first listener got, in call order. */
    static final List<Object> SEEN = new ArrayList<>();
    /** When set, the first listener's beforeInsert throws. */
    static volatile boolean failInsert;

    static final EntityListener<Memo> FIRST = new EntityListener<>() {
        @Override
        public void beforeInsert(Memo memo) {
            record("beforeInsert", memo);
            if (failInsert) {
                throw new IllegalStateException("no inserts today");
            }
            memo.text = memo.text.trim(); // a class entity changed in place is written changed
        }

        @Override
        public void afterInsert(Memo memo) {
            record("afterInsert", memo);
        }

        @Override
        public void beforeUpdate(Memo memo) {
            record("beforeUpdate", memo);
        }

        @Override
        public void afterUpdate(Memo memo) {
            record("afterUpdate", memo);
        }

        @Override
        public void beforeDelete(Memo memo) {
            record("beforeDelete", memo);
        }

        @Override
        public void afterDelete(Memo memo) {
            record("afterDelete", memo);
        }

        @Override
        public void afterLoad(Memo memo) {
            record("afterLoad", memo);
        }

        private void record(String hook, Memo memo) {
            CALLS.add("first:" + hook + ":" + memo.text + (memo.id == null ? "" : "#"));
            SEEN.add(memo);
        }
    };

    /** A second listener of memos, registered after the first: runs after it. */
    static final EntityListener<Object> SECOND = new EntityListener<>() {
        @Override
        public void beforeInsert(Object entity) {
            CALLS.add("second:beforeInsert");
        }

        @Override
        public void afterInsert(Object entity) {
            CALLS.add("second:afterInsert");
        }
    };

    private final DatabaseExtension database;

    protected ListenerTests(DatabaseExtension database) {
        this.database = database;
    }

    private Database db() {
        return database.db();
    }

    @BeforeEach
    void reset() {
        CALLS.clear();
        SEEN.clear();
        failInsert = false;
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a listener path kept a connection");
    }

    @Test
    void insertCallsBeforeThenAfterInRegistrationOrder() {
        Memo memo = new Memo("  draft ");
        Memo inserted = db().insert(MEMO, memo);
        assertEquals(List.of("first:beforeInsert:  draft ", "second:beforeInsert", "first:afterInsert:draft#",
                "second:afterInsert"), CALLS);
        assertSame(memo, SEEN.get(0));
        assertSame(inserted, SEEN.get(1));
        assertEquals("draft", db().select(MEMO).where(MEMO.id.eq(inserted.id)).one().text);
    }

    @Test
    void insertAllRunsEveryBeforeHookBeforeAnyAfterHook() {
        db().insertAll(MEMO, List.of(new Memo("a"), new Memo("b")));
        assertEquals(List.of("first:beforeInsert:a", "second:beforeInsert", "first:beforeInsert:b",
                "second:beforeInsert", "first:afterInsert:a#", "second:afterInsert", "first:afterInsert:b#",
                "second:afterInsert"), CALLS);
    }

    @Test
    void aThrowingBeforeInsertWritesNothing() {
        failInsert = true;
        assertThrows(IllegalStateException.class, () -> db().insert(MEMO, new Memo("x")));
        assertThrows(IllegalStateException.class,
                () -> db().insertAll(MEMO, List.of(new Memo("y"), new Memo("z"))));
        try (Session session = db().session()) {
            session.add(MEMO, new Memo("w"));
            assertThrows(IllegalStateException.class, session::commit);
        }
        failInsert = false;
        CALLS.clear();
        assertEquals(0, db().select(MEMO).count());
        assertEquals(List.of(), CALLS);
    }

    @Test
    void repositoriesCallInsertUpdateAndDeleteHooks() {
        MemoRepository_Impl memos = new MemoRepository_Impl(db());
        Memo memo = memos.save(new Memo("new"));
        memo.text = "changed";
        Memo updated = memos.save(memo);
        memos.delete(updated);
        assertEquals(List.of("first:beforeInsert:new", "second:beforeInsert", "first:afterInsert:new#",
                "second:afterInsert", "first:beforeUpdate:changed#", "first:afterUpdate:changed#",
                "first:beforeDelete:changed#", "first:afterDelete:changed#"), CALLS);
        assertSame(updated, SEEN.get(SEEN.size() - 1));
        assertEquals(0, db().select(MEMO).count());
    }

    @Test
    void dslReadsAndGetCallAfterLoadPerEntity() {
        Memo a = db().insert(MEMO, new Memo("a"));
        db().insert(MEMO, new Memo("b"));
        CALLS.clear();
        SEEN.clear();
        List<Memo> all = db().select(MEMO).orderBy(MEMO.id.asc()).fetch();
        db().select(MEMO).where(MEMO.id.eq(a.id)).one();
        db().select(MEMO).where(MEMO.id.eq(a.id)).findOne();
        db().get(MEMO, a.id);
        db().select(MEMO.text).fetch(); // a projection maps no entity
        assertEquals(List.of("first:afterLoad:a#", "first:afterLoad:b#", "first:afterLoad:a#", "first:afterLoad:a#",
                "first:afterLoad:a#"), CALLS);
        assertSame(all.get(0), SEEN.get(0));
    }

    @Test
    void theSessionCallsHooksAtFlushAndAfterLoadWhenARowEntersTheMap() {
        Long id;
        try (Session session = db().session()) {
            Memo memo = session.add(MEMO, new Memo("new"));
            assertEquals(List.of(), CALLS); // nothing before the flush
            session.commit();
            id = memo.id;
        }
        assertEquals(List.of("first:beforeInsert:new", "second:beforeInsert", "first:afterInsert:new#",
                "second:afterInsert"), CALLS);
        CALLS.clear();
        try (Session session = db().session()) {
            Memo memo = session.get(MEMO, id).orElseThrow();
            session.get(MEMO, id); // from the identity map: not loaded again
            session.select(MEMO).fetch(); // the same row: already in the map
            session.flush(); // nothing changed: no update hooks
            memo.text = "changed";
            session.commit();
            session.delete(memo);
            session.commit();
        }
        assertEquals(List.of("first:afterLoad:new#", "first:beforeUpdate:changed#", "first:afterUpdate:changed#",
                "first:beforeDelete:changed#", "first:afterDelete:changed#"), CALLS);
        assertEquals(0, db().select(MEMO).count());
    }

    @Test
    void aTableWithoutListenersBehavesAsBefore() {
        Ticket ticket = db().insert(TICKET, new Ticket("broken"));
        db().insertAll(TICKET, List.of(new Ticket("one"), new Ticket("two")));
        assertEquals(3, db().select(TICKET).fetch().size());
        assertTrue(db().get(TICKET, ticket.id()).isPresent());
        try (Session session = db().session()) {
            Ticket tracked = session.get(TICKET, ticket.id()).orElseThrow();
            session.update(TICKET, tracked.withTitle("fixed"));
            session.commit();
        }
        assertEquals("fixed", db().get(TICKET, ticket.id()).orElseThrow().title());
        assertEquals(List.of(), CALLS);
    }
}
