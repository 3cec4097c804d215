package dev.quarry.it;

import static dev.quarry.it.stamped.Memo_.MEMO;
import static dev.quarry.it.stamped.Ticket_.TICKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.quarry.Database;
import dev.quarry.it.stamped.Memo;
import dev.quarry.it.stamped.MemoRepository_Impl;
import dev.quarry.it.stamped.Ticket;
import dev.quarry.it.stamped.TicketRepository_Impl;
import dev.quarry.query.EntityTable;
import dev.quarry.session.Session;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @CreatedAt} and {@code @UpdatedAt} on generated entities, with the database's clock
 * fixed: an insert sets both, an update only the second, through the session, repositories and
 * {@code db.insert}; a flush that changes nothing sends nothing and leaves them alone.
 */
abstract class TimestampTests {
    static final List<EntityTable<?, ?>> TABLES = dev.quarry.it.stamped.Tables.ALL;
    /** The clock of the databases under test; each test starts it at {@link #START}. */
    static final SettableClock CLOCK = new SettableClock();
    private static final Instant START = Instant.parse("2026-03-01T09:30:00.123456789Z");
    /** {@link #START} as stored: microseconds. */
    private static final Instant CREATED = Instant.parse("2026-03-01T09:30:00.123456Z");
    private static final Instant LATER = CREATED.plus(Duration.ofMinutes(5));

    private final DatabaseExtension database;

    protected TimestampTests(DatabaseExtension database) {
        this.database = database;
    }

    private Database db() {
        return database.db();
    }

    @BeforeEach
    void startTheClock() {
        CLOCK.set(START);
    }

    @AfterEach
    void connectionsAreReturned() {
        assertEquals(0, db().poolStats().active(), "a session kept a connection");
    }

    private Memo stored(long id) {
        return db().select(MEMO).where(MEMO.id.eq(id)).one();
    }

    @Test
    void theSessionSetsBothOnInsertAndOnlyUpdatedAtOnUpdate() {
        try (Session session = db().session()) {
            Memo memo = session.add(MEMO, new Memo("draft"));
            session.commit();
            assertEquals(CREATED, memo.createdAt);
            assertEquals(CREATED, memo.updatedAt);
            assertEquals(CREATED, stored(memo.id).createdAt);

            CLOCK.set(LATER);
            memo = session.get(MEMO, memo.id).orElseThrow();
            memo.text = "final";
            session.commit();
            assertEquals(CREATED, memo.createdAt);
            assertEquals(LATER, memo.updatedAt);
            Memo row = stored(memo.id);
            assertEquals(CREATED, row.createdAt);
            assertEquals(LATER, row.updatedAt);
            assertEquals("final", row.text);
        }
    }

    @Test
    void aFlushThatChangesNothingLeavesUpdatedAtAlone() {
        try (Session session = db().session()) {
            Memo memo = session.add(MEMO, new Memo("draft"));
            session.commit();
            CLOCK.set(LATER);
            memo = session.get(MEMO, memo.id).orElseThrow();
            try (StatementCount count = JdbcStatements.count()) {
                session.flush();
                assertEquals(0, count.total(), count::toString);
            }
            assertEquals(CREATED, memo.updatedAt);
            session.rollback();
        }
    }

    @Test
    void theSessionStampsARecordInTheTrackedInstance() {
        try (Session session = db().session()) {
            Ticket ticket = session.add(TICKET, new Ticket("broken"));
            session.commit();
            Ticket inserted = session.get(TICKET, idOf(session, ticket)).orElseThrow();
            assertEquals(OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC), inserted.createdAt());
            assertEquals(LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC), inserted.updatedAt());

            CLOCK.set(LATER);
            session.update(TICKET, inserted.withTitle("fixed"));
            session.commit();
            Ticket row = db().select(TICKET).where(TICKET.id.eq(inserted.id())).one();
            assertEquals("fixed", row.title());
            assertEquals(CREATED, row.createdAt().toInstant());
            assertEquals(LocalDateTime.ofInstant(LATER, ZoneOffset.UTC), row.updatedAt());
        }
    }

    private static Long idOf(Session session, Ticket added) {
        // the added record was replaced by the inserted one carrying its key: find it by title
        return session.select(TICKET).where(TICKET.title.eq(added.title())).one().id();
    }

    @Test
    void repositoriesSetBothOnInsertAndOnlyUpdatedAtOnUpdate() {
        MemoRepository_Impl memos = new MemoRepository_Impl(db());
        Memo memo = memos.save(new Memo("draft"));
        assertEquals(CREATED, memo.createdAt);
        assertEquals(CREATED, memo.updatedAt);

        CLOCK.set(LATER);
        memo.text = "final";
        memo.createdAt = null; // a repository update leaves the creation time out
        Memo saved = memos.save(memo);
        assertSame(memo, saved);
        assertEquals(LATER, saved.updatedAt);
        Memo row = stored(memo.id);
        assertEquals(CREATED, row.createdAt);
        assertEquals(LATER, row.updatedAt);
    }

    @Test
    void repositoriesStampRecordsInTheReturnedInstances() {
        TicketRepository_Impl tickets = new TicketRepository_Impl(db());
        List<Ticket> inserted = tickets.saveAll(List.of(new Ticket("one"), new Ticket("two")));
        for (Ticket ticket : inserted) {
            assertEquals(CREATED, ticket.createdAt().toInstant());
            assertEquals(LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC), ticket.updatedAt());
        }
        CLOCK.set(LATER);
        Ticket updated = tickets.save(inserted.get(0).withTitle("one, edited"));
        assertEquals(CREATED, updated.createdAt().toInstant());
        assertEquals(LocalDateTime.ofInstant(LATER, ZoneOffset.UTC), updated.updatedAt());
        Ticket untouched = tickets.findById(inserted.get(1).id()).orElseThrow();
        assertEquals(LocalDateTime.ofInstant(CREATED, ZoneOffset.UTC), untouched.updatedAt());
        assertEquals(updated, tickets.findById(updated.id()).orElseThrow());
    }

    @Test
    void dbInsertSetsBoth() {
        Memo memo = new Memo("direct");
        memo.createdAt = Instant.EPOCH; // overwritten: the row is created now
        Memo inserted = db().insert(MEMO, memo);
        assertEquals(CREATED, inserted.createdAt);
        assertEquals(CREATED, stored(inserted.id).updatedAt);
        assertNotEquals(Instant.EPOCH, stored(inserted.id).createdAt);
    }

    /** A clock the tests set; always in UTC. */
    static final class SettableClock extends Clock {
        private volatile Instant now = Instant.EPOCH;

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock stays in UTC");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
