package com.example.testing;

// tag::imports[]
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.example.blog.Tables;
import dev.quarry.Database;
import dev.quarry.exception.RepeatedStatementException;
import dev.quarry.testing.DatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

// tag::config[]
class TransactionLimitTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.sqlite()
            .withTables(Tables.ALL)
            .withConfig(config -> config.maxRunsPerStatement(2));   // DatabaseConfig: every transaction

    @BeforeEach
    void rows(Database db) {
        BlogRows.insert(db);
    }

    @Test
    void aLoopInATransactionFailsAndRollsBack(Database db) {
        List<Long> ids = db.select(USER).select(USER.id).fetch();
        assertThrows(RepeatedStatementException.class, () -> db.useTransaction(tx -> {
            for (long id : ids) {
                tx.update(USER).set(USER.bio, "seen").where(USER.id.eq(id)).execute();
            }
        }));
        assertEquals(0, db.select(USER).where(USER.bio.isNotNull()).count());   // rolled back
    }
}
// end::config[]
