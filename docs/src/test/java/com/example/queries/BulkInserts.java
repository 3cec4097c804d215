package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;

import com.example.blog.Post;
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** Many rows at once: insertAll with the stored rows back, bulkInsert without. */
public final class BulkInserts {
    private BulkInserts() {
    }

    // tag::insert-all[]
    public static List<Post> publish(Database db, List<Post> drafts) {
        return db.insertAll(POST, drafts);         // INSERT ... VALUES (...), (...) RETURNING ...
    }
    // end::insert-all[]

    // tag::bulk-insert[]
    public static long load(Database db, List<Post> archive) {
        return db.bulkInsert(POST, archive);       // PostgreSQL: COPY "posts" (...) FROM STDIN
    }
    // end::bulk-insert[]
}
