package com.example.queries;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.query.SelectQuery;
import java.util.List;
// end::imports[]

// tag::kept[]
/** Queries are immutable values: built once, kept in a field, refined and run many times. */
public final class AdultUsers {
    private final SelectQuery<User> adults;

    public AdultUsers(Database db) {
        this.adults = db.select(USER).where(USER.age.ge(18)).orderBy(USER.name.asc());
    }

    public List<User> firstPage(int size) {
        return adults.limit(size).fetch();             // a new query: adults keeps no limit
    }

    public long count() {
        return adults.count();                         // its SELECT COUNT(*) is rendered once too
    }

    public String sql(int size) {
        return adults.limit(size).toSql();             // the SQL, with ? for each parameter
    }

    public List<Object> parameters(int size) {
        return adults.limit(size).parameters();        // the values bound to them, in order
    }
}
// end::kept[]
