package com.example.relationships;

// tag::imports[]
import static com.example.relationships.Account_.ACCOUNT;
import static dev.quarry.query.Load.joined;

import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** Loading both sides of a one-to-one. */
public final class OneToOneLoading {
    private OneToOneLoading() {
    }

    // tag::load[]
    public static List<String> themes(Database db) {
        return db.select(ACCOUNT)
                .orderBy(ACCOUNT.login.asc())
                .load(joined(ACCOUNT.settings))                // LEFT JOIN settings: 1 statement
                .fetch()
                .stream()
                .map(account -> account.login() + ": "
                        + account.settings().find().map(Settings::theme).orElse("(default)"))
                .toList();
    }
    // end::load[]
}
