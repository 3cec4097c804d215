package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static dev.quarry.query.Sql.*;

import dev.quarry.Database;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Window;
import java.math.BigDecimal;
import java.util.List;
// end::imports[]

/** ROW_NUMBER, ranks, LAG/LEAD and aggregates over windows. */
public final class WindowFunctions {
    private WindowFunctions() {
    }

    // tag::ranking[]
    public static List<Tuple3<String, Long, Long>> ranked(Database db) {
        Window byAuthor = window().partitionBy(POST.authorId).orderBy(POST.likes.desc(), POST.id.asc());
        return db.select(POST)
                .select(POST.title,
                        rowNumber().over(byAuthor),                                  // 1, 2, ... per author
                        denseRank().over(window().orderBy(POST.likes.desc())))       // over all posts
                .orderBy(POST.id.asc())
                .fetch();
    }
    // end::ranking[]

    // tag::running[]
    public static List<Tuple3<String, String, BigDecimal>> running(Database db) {
        Window inOrder = window().partitionBy(POST.authorId).orderBy(POST.id.asc());
        return db.select(POST)
                .select(POST.title,
                        lag(POST.title).over(inOrder),              // the author's previous post
                        over(sum(POST.likes), inOrder))             // the author's likes so far
                .orderBy(POST.id.asc())
                .fetch();
    }
    // end::running[]
}
