package com.example.testing;

// tag::imports[]
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.blog.Tables;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

// tag::every-test[]
class DetectorOnTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite()
            .withTables(Tables.ALL)
            .withMaxRunsPerStatement(2);                // every test method is watched

    @BeforeEach
    void rows(Database db) {                            // not watched: fixtures may repeat statements
        BlogRows.insert(db);
    }

    @Test
    void aLoopOfGetsFailsTheTest(Database db) {
        List<Long> ids = db.select(USER).select(USER.id).fetch();
        assertThrows(RepeatedStatementException.class, () -> ids.forEach(id -> db.get(USER, id)));
    }
}
// end::every-test[]
