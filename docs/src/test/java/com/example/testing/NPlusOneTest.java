package com.example.testing;

// tag::imports[]
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.blog.Tables;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.StatementWatch;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

// tag::watch[]
class NPlusOneTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    List<Long> ids;

    @BeforeEach
    void rows(Database db) {
        BlogRows.insert(db);
        ids = db.select(USER).select(USER.id).fetch();
    }

    @Test
    void aLoopOfGetsIsCaught(Database db) {
        try (StatementWatch watch = db.watchStatements(2)) {
            RepeatedStatementException e = assertThrows(RepeatedStatementException.class, () -> {
                for (long id : ids) {                       // 3 users: one SELECT per user
                    db.get(USER, id);
                }
            });
            assertEquals(3, e.runs());                      // the 3rd run was not sent
            assertEquals(2, e.limit());
            assertEquals(2, watch.total());
        }
    }

    @Test
    void oneQueryForAllOfThem(Database db) {
        try (StatementWatch watch = db.watchStatements(1)) {
            List<User> users = db.select(USER).where(USER.id.in(ids)).fetch();
            assertEquals(3, users.size());
            assertEquals(1, watch.total(), watch.counts()::toString);
        }
    }
}
// end::watch[]
