package dev.quarry.docs;

import static com.example.session.Account_.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.session.Account;
import com.example.session.Versioning;
import dev.quarry.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimistic-locking sample of docs/guide/session.md: the second commit loses, nothing is lost. */
class SessionVersionGuideTest {
    private static final String MESSAGE = "cannot update Account with key {id} at version 0: its accounts row was"
            + " changed or deleted by another transaction since it was read (optimistic lock); read it again and retry";

    @TempDir
    Path dir;

    @Test
    void sqlite() {
        try (Database db = Database.connect("jdbc:sqlite:" + dir.resolve("accounts-" + UUID.randomUUID() + ".db"))) {
            secondCommitFails(db);
        }
    }

    @Test
    void postgres() {
        try (Database db = Database.connect(Blog.postgresUrl())) {
            secondCommitFails(db);
        }
    }

    private static void secondCommitFails(Database db) {
        db.schema(List.of(ACCOUNT)).createAll();
        Account account = db.insert(ACCOUNT, new Account("Ada", 1_000));
        assertEquals(0, account.version());

        String outcome = Versioning.depositWhileSomeoneElseDoes(db, account.id());

        assertEquals(MESSAGE.replace("{id}", String.valueOf(account.id())), outcome);
        String page = Snippets.read(Pages.root().resolve("docs/guide/session.md"));
        assertTrue(page.contains(MESSAGE.replace("{id}", "1")), "session.md shows the exception's message");
        Account stored = db.get(ACCOUNT, account.id()).orElseThrow();
        assertEquals(1_050, stored.balance());          // the other deposit only: no lost update, no double write
        assertEquals(1, stored.version());
        assertEquals(0, db.poolStats().active());
    }
}
