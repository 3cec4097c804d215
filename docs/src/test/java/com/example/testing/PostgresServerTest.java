package com.example.testing;

// tag::imports[]
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.testing.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
// end::imports[]

// tag::server[]
class PostgresServerTest {
    @Test
    void theServerOfThisRun() throws SQLException {
        PostgresServer server = PostgresServer.get();      // found once per JVM, shared by every class
        try (Connection connection = server.connect()) {   // plain JDBC, for tools of your own
            assertTrue(connection.isValid(5), () -> "the server from " + server.source());
        }
    }
}
// end::server[]
