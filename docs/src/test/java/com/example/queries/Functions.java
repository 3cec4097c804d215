package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.*;

import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.Tuple5;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
// end::imports[]

/** Aggregates, grouping and the SQL functions of {@code Sql}. */
public final class Functions {
    private Functions() {
    }

    // tag::aggregates[]
    public static Tuple3<Long, BigDecimal, Integer> ageStats(Database db) {
        return db.select(USER).select(count(), avg(USER.age), max(USER.age)).one();
    }
    // end::aggregates[]

    // tag::group[]
    public static List<Tuple2<Long, Long>> prolificAuthors(Database db) {
        return db.select(POST).select(POST.authorId, count())
                .groupBy(POST.authorId)
                .having(sumLong(POST.likes).gt(0L))
                .orderBy(count(POST.id).desc(), POST.authorId.asc())
                .fetch();
    }
    // end::group[]

    // tag::functions[]
    public static List<Tuple5<String, Integer, String, String, Integer>> text(Database db) {
        return db.select(USER).select(
                        lower(USER.name),                                       // LOWER("name")
                        length(USER.email),                                     // LENGTH("email")
                        concat(USER.name, value(" <"), USER.email, value(">")), // "name" || ? || "email" || ?
                        coalesce(USER.bio, "-"),                                // COALESCE("bio", ?)
                        add(multiply(USER.age, 2), 1))                          // ("age" * ?) + ?
                .orderBy(USER.name.asc())
                .fetch();
    }

    public static List<Tuple5<String, String, Instant, LocalDate, Integer>> more(Database db) {
        return db.select(USER).select(
                        when(USER.age.lt(40), "younger").otherwise("older"),     // CASE WHEN ... END
                        cast(USER.age, String.class),                           // CAST("age" AS ...)
                        now(),                                                  // CURRENT_TIMESTAMP
                        currentDate(),                                          // CURRENT_DATE
                        function("abs", Integer.class, subtract(USER.age, 40)))  // any SQL function
                .orderBy(USER.name.asc())
                .fetch();
    }
    // end::functions[]
}
