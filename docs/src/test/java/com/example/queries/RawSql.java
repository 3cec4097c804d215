package com.example.queries;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.Database;
import java.util.List;
// end::imports[]

/** SQL text with named parameters. */
public final class RawSql {
    private RawSql() {
    }

    // tag::entities[]
    public static List<User> olderThan(Database db, int age) {
        return db.text("select * from users where age > :age order by name")
                .bind("age", age)
                .as(USER)                          // result columns are checked against the table's
                .fetch();
    }
    // end::entities[]

    // tag::records[]
    public record NameAge(String name, int age) {}

    public static List<NameAge> namesLike(Database db, String pattern) {
        return db.text("select name, age from users where name like :pattern order by name")
                .bind("pattern", pattern)
                .as(String.class, Integer.class, NameAge::new)
                .fetch();
    }
    // end::records[]

    // tag::values[]
    public static long countWithStatus(Database db, UserStatus status) {
        return db.text("select count(*) from users where status = :status")
                .bind("status", status)            // an enum binds as its name, as in an entity
                .as(Long.class)
                .one();
    }
    // end::values[]

    // tag::execute[]
    public static int clearBio(Database db, long id) {
        return db.text("update users set bio = :bio where id = :id")
                .bindNull("bio", String.class)
                .bind("id", id)
                .execute();
    }
    // end::execute[]
}
