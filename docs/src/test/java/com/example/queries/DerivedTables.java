package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.*;

import dev.quarry.Database;
import dev.quarry.query.CommonTable2;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** A query in FROM: (SELECT ...) AS alias. */
public final class DerivedTables {
    private DerivedTables() {
    }

    // tag::derived[]
    public static List<Tuple2<String, Long>> likesPerUser(Database db) {
        CommonTable2<Long, Long> liked = CommonTable2.derived("liked",
                db.select(POST).where(POST.likes.gt(0)).select(POST.authorId, count()).groupBy(POST.authorId));
        return db.select(USER)
                .leftJoin(liked).on(liked.first.eq(USER.id))
                .select(USER.name, coalesce(liked.second, 0L))
                .orderBy(USER.name.asc())
                .fetch();
    }

    public static List<Long> prolific(Database db, long minimum) {
        CommonTable2<Long, Long> perAuthor = CommonTable2.derived("per_author",
                db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId));
        return db.select(perAuthor).where(perAuthor.second.ge(minimum)).select(perAuthor.first).fetch();
    }
    // end::derived[]
}
