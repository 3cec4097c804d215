package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;

import com.example.blog.UserStatus;
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** UNION, UNION ALL, INTERSECT and EXCEPT. */
public final class SetOperations {
    private SetOperations() {
    }

    // tag::union[]
    public static List<String> youngOrSuspended(Database db) {
        return db.select(USER).where(USER.age.lt(40)).select(USER.name)
                .union(db.select(USER).where(USER.status.eq(UserStatus.SUSPENDED)).select(USER.name))
                .orderBy(USER.name.asc())
                .limit(10)
                .fetch();
    }
    // end::union[]

    // tag::except[]
    public static List<Long> authorsWithoutLikes(Database db) {
        return db.select(POST).select(POST.authorId)
                .except(db.select(POST).where(POST.likes.gt(0)).select(POST.authorId))
                .fetch();
    }
    // end::except[]
}
