package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.entities.Draft;
import com.example.entities.Stamping;
import dev.quarry.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timestamps sample of docs/guide/entities.md: insert sets both, an update only updatedAt. */
class TimestampsGuideTest {
    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void sqlite() {
        check("jdbc:sqlite:" + dir.resolve("drafts-" + UUID.randomUUID() + ".db"));
    }

    @Test
    void postgres() {
        check(Blog.postgresUrl());
    }

    private static void check(String url) {
        TickingClock clock = new TickingClock();
        try (Database db = Stamping.withClock(url, clock)) {
            Stamping.createTable(db);
            Draft draft = Stamping.writeAndRetitle(db);
            assertEquals(START.plusSeconds(1), draft.createdAt());   // the insert's tick
            assertEquals(START.plusSeconds(2), draft.updatedAt());   // the update's tick
            Draft stored = db.get(com.example.entities.Draft_.DRAFT, draft.id()).orElseThrow();
            assertEquals(draft.createdAt(), stored.createdAt());
            assertEquals(draft.updatedAt(), stored.updatedAt());
        }
    }

    /** A clock one second later at every write that reads it. */
    private static final class TickingClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
