package com.example.testing;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.selectIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Tables;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.testing.DatabaseExtension;
import dev.quarry.testing.jdbc.JdbcStatements;
import dev.quarry.testing.jdbc.StatementCount;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

class LoadStatementsTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite().withTables(Tables.ALL);

    @BeforeEach
    void rows(Database db) {
        BlogRows.insert(db);
    }

    // tag::count[]
    @Test
    void usersWithPostsAndTagsTakeThreeStatements(Database db) {
        try (StatementCount count = JdbcStatements.count()) {
            List<User> users = db.select(USER)
                    .orderBy(USER.name.asc())
                    .load(selectIn(USER.posts).then(POST.tags))
                    .fetch();
            users.forEach(user -> user.posts().forEach(post -> post.tags().size()));   // all loaded

            assertEquals(3, count.total(), count::toString);   // the message lists the SQL sent
            List<String> sql = count.statements();
            assertTrue(sql.get(0).contains("FROM \"users\""), sql.get(0));
            assertTrue(sql.get(1).contains("FROM \"posts\""), sql.get(1));   // WHERE "author_id" IN (...)
            assertTrue(sql.get(2).contains("FROM \"tags\""), sql.get(2));
        }
    }
    // end::count[]
}
