package dev.quarry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DatabaseConfigTest {
    @Test
    void defaults() {
        DatabaseConfig config = Database.builder("jdbc:sqlite::memory:").build();
        assertEquals("jdbc:sqlite::memory:", config.url());
        assertNull(config.username());
        assertNull(config.password());
        assertEquals(10, config.maximumPoolSize());
        assertEquals(10, config.minimumIdle());
        assertEquals(Duration.ofSeconds(30), config.connectionTimeout());
        assertEquals(Duration.ofMinutes(10), config.idleTimeout());
        assertEquals(Duration.ofMinutes(30), config.maxLifetime());
        assertFalse(config.logSql());
        assertNull(config.poolName());
    }

    @Test
    void everySetting() {
        DatabaseConfig config = DatabaseConfig.builder("jdbc:postgresql://db/app")
                .username("app").password("s3cret").maximumPoolSize(20).minimumIdle(2)
                .connectionTimeout(Duration.ofSeconds(5)).idleTimeout(Duration.ZERO).maxLifetime(Duration.ofHours(1))
                .logSql(true).poolName("app-pool").build();
        assertEquals("app", config.username());
        assertEquals("s3cret", config.password());
        assertEquals(20, config.maximumPoolSize());
        assertEquals(2, config.minimumIdle());
        assertEquals(Duration.ofSeconds(5), config.connectionTimeout());
        assertEquals(Duration.ZERO, config.idleTimeout());
        assertEquals(Duration.ofHours(1), config.maxLifetime());
        assertTrue(config.logSql());
        assertEquals("app-pool", config.poolName());
    }

    @Test
    void invalidSettingsAreNamedTogether() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () ->
                Database.builder("postgres://db").maximumPoolSize(0).minimumIdle(-1)
                        .connectionTimeout(Duration.ofMillis(10)).idleTimeout(Duration.ofSeconds(1))
                        .maxLifetime(Duration.ofSeconds(-1)).poolName(" ").build());
        String message = thrown.getMessage();
        for (String field : new String[] {"url", "maximumPoolSize", "minimumIdle", "connectionTimeout",
            "idleTimeout", "maxLifetime", "poolName"}) {
            assertTrue(message.contains(field), field + " missing from: " + message);
        }
    }

    @Test
    void minimumIdleCannotExceedThePool() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Database.builder("jdbc:sqlite:x.db").maximumPoolSize(2).minimumIdle(3).build());
        assertTrue(thrown.getMessage().startsWith("invalid database configuration: minimumIdle"), thrown.getMessage());
    }

    @Test
    void toStringMasksPasswords() {
        String text = Database.builder("jdbc:postgresql://db/app?user=app&password=fromUrl&ssl=true")
                .password("s3cret").build().toString();
        assertFalse(text.contains("s3cret"), text);
        assertFalse(text.contains("fromUrl"), text);
        assertTrue(text.contains("password=****"), text);
        assertTrue(text.contains("ssl=true"), text);
    }

    @Test
    void nullsAreRejectedByName() {
        NullPointerException thrown = assertThrows(NullPointerException.class, () -> Database.builder(null));
        assertEquals("url", thrown.getMessage());
        assertThrows(NullPointerException.class, () -> Database.builder("jdbc:sqlite:").connectionTimeout(null));
    }
}
