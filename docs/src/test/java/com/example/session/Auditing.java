package com.example.session;

// tag::imports[]
import static com.example.session.Account_.ACCOUNT;

import dev.quarry.Database;
import dev.quarry.DatabaseConfig;
import dev.quarry.EntityListener;
import dev.quarry.session.Session;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
// end::imports[]

/** Lifecycle listeners: an audit log of account writes and loads, and a check before inserts. */
public final class Auditing {
    private Auditing() {
    }

    // tag::listener[]
    /** Refuses overdrawn accounts and logs every write and load. */
    public static final class AccountAudit implements EntityListener<Account> {
        public final List<String> log = new CopyOnWriteArrayList<>();   // thread-safe: the database is shared

        @Override
        public void beforeInsert(Account account) {
            if (account.balance() < 0) {
                throw new IllegalArgumentException("an account cannot open overdrawn");   // nothing is written
            }
        }

        @Override
        public void afterInsert(Account account) {
            log.add("opened " + account.id());                // the generated key is set
        }

        @Override
        public void afterUpdate(Account account) {
            log.add("updated " + account.id() + " to version " + account.version());
        }

        @Override
        public void afterLoad(Account account) {
            log.add("loaded " + account.id());
        }
    }
    // end::listener[]

    // tag::register[]
    public static Database connect(String url, AccountAudit audit) {
        return DatabaseConfig.builder(url)
                .listener(ACCOUNT, audit)                    // several per table run in this order
                .connect();
    }
    // end::register[]

    // tag::use[]
    public static List<String> openAndDeposit(Database db, AccountAudit audit) {
        Account account = db.insert(ACCOUNT, new Account("Ada", 100));    // afterInsert: "opened 1"
        try (Session session = db.session()) {
            session.get(ACCOUNT, account.id()).orElseThrow()          // afterLoad: "loaded 1"
                    .deposit(50);
            session.commit();                                         // afterUpdate: "updated 1 to version 1"
        }
        try {
            db.insert(ACCOUNT, new Account("Bob", -10));              // beforeInsert throws
        } catch (IllegalArgumentException refused) {
            audit.log.add(refused.getMessage());
        }
        return audit.log;
    }
    // end::use[]
}
