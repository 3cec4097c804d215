package dev.quarry.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Where {@link MariadbServer} finds a server, and the URL of each test class's database. */
class MariadbServerTest {
    @Test
    void theDatabaseReplacesTheOneInTheUrlAndKeepsItsParameters() {
        assertEquals("jdbc:mariadb://h:3306/db_1?user=root&password=x",
                new MariadbServer("jdbc:mariadb://h:3306/test?user=root&password=x").urlFor("db_1"));
        assertEquals("jdbc:mariadb://h:3306/db_1?user=root", new MariadbServer("jdbc:mariadb://h:3306/?user=root").urlFor("db_1"));
        assertEquals("jdbc:mariadb://h/db_1", new MariadbServer("jdbc:mariadb://h").urlFor("db_1"));
    }

    @Test
    void theEnvironmentUrlComesFirstAndOtherUrlsAreRefused() {
        assertEquals("jdbc:mariadb://db:3306/?user=t", MariadbServer.find(" jdbc:mariadb://db:3306/?user=t ", "unused").jdbcUrl());
        assertThrows(IllegalArgumentException.class, () -> new MariadbServer("jdbc:postgresql://h/db"));
    }

    @Test
    void withoutAServerTheFailureSaysHowToProvideOne() {
        ExtensionConfigurationException e = assertThrows(ExtensionConfigurationException.class,
                () -> MariadbServer.find(null, "jdbc:mariadb://127.0.0.1:1/?user=root&connectTimeout=500"));
        assertTrue(e.getMessage().contains(MariadbServer.URL_VARIABLE), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
    }
}
