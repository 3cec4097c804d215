package com.example.queries;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.query.SelectQuery;
import java.util.List;
// end::imports[]

/** Pages that continue after the last row of the previous one. */
public final class KeysetPagination {
    private KeysetPagination() {
    }

    // tag::seek[]
    public static List<User> secondPage(Database db, int size) {
        SelectQuery<User> byAge = db.select(USER).orderBy(USER.age.asc(), USER.id.asc());
        List<User> page = byAge.limit(size).fetch();
        User last = page.get(page.size() - 1);
        return byAge.seek(last.age(), last.id()).limit(size).fetch();   // ("age", "id") > (?, ?)
    }
    // end::seek[]

    // tag::mixed[]
    public static List<User> afterOldest(Database db, User last) {
        return db.select(USER)
                .orderBy(USER.age.desc(), USER.id.asc())
                .seek(last.age(), last.id())               // "age" < ? OR ("age" = ? AND "id" > ?)
                .limit(20)
                .fetch();
    }
    // end::mixed[]
}
