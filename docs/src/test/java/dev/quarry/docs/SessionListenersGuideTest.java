package dev.quarry.docs;

import static com.example.session.Account_.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.session.Auditing;
import dev.quarry.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle-listener sample of docs/guide/session.md: the log it shows, and the refused insert writes nothing. */
class SessionListenersGuideTest {
    @TempDir
    Path dir;

    @Test
    void sqlite() {
        check("jdbc:sqlite:" + dir.resolve("audit-" + UUID.randomUUID() + ".db"));
    }

    @Test
    void postgres() {
        check(Blog.postgresUrl());
    }

    private static void check(String url) {
        Auditing.AccountAudit audit = new Auditing.AccountAudit();
        try (Database db = Auditing.connect(url, audit)) {
            db.schema(List.of(ACCOUNT)).createAll();
            List<String> log = Auditing.openAndDeposit(db, audit);
            long id = db.select(ACCOUNT).one().id();
            assertEquals(List.of("opened " + id, "loaded " + id, "updated " + id + " to version 1",
                    "an account cannot open overdrawn"), log.subList(0, 4));
            assertEquals(1, db.select(ACCOUNT).count());      // Bob was never written
            assertEquals(0, db.poolStats().active());
        }
    }
}
