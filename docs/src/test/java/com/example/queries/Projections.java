package com.example.queries;

// tag::imports[]
import static com.example.blog.User_.USER;
import static dev.quarry.query.Sql.sumLong;

import com.example.blog.UserStatus;
import dev.quarry.Database;
import dev.quarry.query.Tuple2;
import java.util.List;
// end::imports[]

/** Selecting values instead of entities. */
public final class Projections {
    private Projections() {
    }

    // tag::scalar[]
    public static List<String> names(Database db) {
        return db.select(USER).select(USER.name).orderBy(USER.name.asc()).fetch();
    }
    // end::scalar[]

    // tag::tuple[]
    public static List<Tuple2<String, Integer>> namesAndAges(Database db) {
        return db.select(USER).where(USER.age.ge(18)).select(USER.name, USER.age).fetch();
    }
    // end::tuple[]

    // tag::record[]
    public record NameAge(String name, int age) {}

    public static List<NameAge> people(Database db) {
        return db.select(USER)
                .select(USER.name, USER.age).into(NameAge::new)     // the constructor is checked by javac
                .orderBy(USER.age.desc())
                .fetch();
    }
    // end::record[]

    // tag::distinct[]
    public static List<UserStatus> statuses(Database db) {
        return db.select(USER).select(USER.status).distinct().fetch();
    }
    // end::distinct[]

    // tag::expressions-first[]
    public static List<Tuple2<String, Integer>> sameFromExpressions(Database db) {
        return db.select(USER.name, USER.age).where(USER.age.ge(18)).fetch();
    }

    public static Long totalAge(Database db) {
        return db.select(sumLong(USER.age)).one();
    }
    // end::expressions-first[]
}
