package com.example.testing;

// tag::imports[]
import static com.example.blog.User_.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.blog.Tables;
import dev.quarry.Database;
import dev.quarry.testing.DatabaseExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
// end::imports[]

// tag::extension[]
class UserQueriesPostgresTest {
    @RegisterExtension
    static final DatabaseExtension DB = DatabaseExtension.postgres().withTables(Tables.ALL);

    @Test
    void runsInItsOwnSchema(Database db) {
        BlogRows.insert(db);
        assertEquals("postgresql", db.dialectName());
        assertEquals(3, db.select(USER).count());
        assertTrue(DB.url().contains("currentSchema=" + DB.schemaName()), DB::url);
    }
}
// end::extension[]
