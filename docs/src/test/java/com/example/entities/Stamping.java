package com.example.entities;

// tag::imports[]
import static com.example.entities.Draft_.DRAFT;

import dev.quarry.Database;
import dev.quarry.session.Session;
import java.time.Clock;
// end::imports[]
import java.util.List;

/** {@code @CreatedAt} and {@code @UpdatedAt}, filled from the database's clock. */
public final class Stamping {
    private Stamping() {
    }

    // tag::clock[]
    public static Database withClock(String url, Clock clock) {
        return Database.create(Database.builder(url)
                .clock(clock)                 // the default is Clock.systemUTC(); tests can fix it
                .build());
    }
    // end::clock[]

    // tag::stamps[]
    public static Draft writeAndRetitle(Database db) {
        Draft draft = db.insert(DRAFT, new Draft("Notes"));     // createdAt = updatedAt = now
        try (Session session = db.session()) {
            Draft tracked = session.get(DRAFT, draft.id()).orElseThrow();
            tracked.retitle("Notes on the engine");
            session.commit();            // UPDATE "drafts" SET "title" = ?, "updated_at" = ? WHERE "id" = ?
            return tracked;              // createdAt unchanged, updatedAt = the commit's time
        }
    }
    // end::stamps[]

    /** Creates the sample's table. */
    public static void createTable(Database db) {
        db.schema(List.of(DRAFT)).createAll();
    }
}
