package com.example.testing;

// tag::imports[]
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.blog.Tables;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

// tag::extension[]
class UserQueriesTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    @BeforeEach
    void rows(Database db) {                        // the tables are empty before each test
        BlogRows.insert(db);
    }

    @Test
    void findsAdultsByName(Database db) {           // the extension passes the database in
        List<User> found = db.select(USER).where(USER.name.like("A%")).orderBy(USER.name.asc()).fetch();
        assertEquals(List.of("Ada", "Alan"), found.stream().map(User::name).toList());
    }

    @Test
    void deletesOneUser(Database db) {
        assertEquals(1, db.delete(USER).where(USER.name.eq("Grace")).execute());
        assertEquals(2, db.select(USER).count());   // this test's changes are gone in the next one
    }
}
// end::extension[]
