package com.example.session;

// tag::imports[]
import static com.example.session.Account_.ACCOUNT;

import dev.quarry.Database;
import dev.quarry.exception.OptimisticLockException;
import dev.quarry.session.Session;
// end::imports[]

/** Optimistic locking with {@code @Version}: two sessions change the same account. */
public final class Versioning {
    private Versioning() {
    }

    // tag::conflict[]
    public static String depositWhileSomeoneElseDoes(Database db, long accountId) {
        try (Session mine = db.session()) {
            Account account = mine.get(ACCOUNT, accountId).orElseThrow();   // version 0
            mine.commit();                   // ends the transaction; the account stays tracked

            try (Session theirs = db.session()) {                        // meanwhile, elsewhere
                theirs.get(ACCOUNT, accountId).orElseThrow().deposit(50);
                theirs.commit();             // UPDATE "accounts" SET "balance" = ?, "version" = "version" + 1
            }                                //   WHERE "id" = ? AND "version" = ?     -- 1 row: now version 1

            account.deposit(100);
            try {
                mine.commit();               // the same UPDATE with version 0 matches no row
                return "both deposits written";
            } catch (OptimisticLockException e) {
                return e.getMessage();       // nothing of this flush was written: read again, retry
            }
        }
    }
    // end::conflict[]
}
