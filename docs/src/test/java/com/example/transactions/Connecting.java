package com.example.transactions;

// tag::imports[]
import dev.quarry.Database;
import dev.quarry.PoolStats;
import java.time.Duration;
// end::imports[]

/** Opening a database: a URL, or a builder with the pool's settings. */
public final class Connecting {
    private Connecting() {
    }

    // tag::connect[]
    public static String dialectOf(String url) {
        try (Database db = Database.connect(url)) {   // the dialect and the driver come from the URL
            return db.dialectName();                   // "postgresql" or "sqlite"
        }
    }
    // end::connect[]

    // tag::builder[]
    public static Database configured(String url, String user, String password) {
        return Database.builder(url)
                .username(user)                        // or in the URL; null: the driver's default
                .password(password)                    // never logged: toString() masks it
                .maximumPoolSize(4)                    // default 10
                .minimumIdle(1)                        // default: maximumPoolSize
                .connectionTimeout(Duration.ofSeconds(5))   // waiting for a connection; default 30 s
                .idleTimeout(Duration.ofMinutes(5))    // an idle connection above minimumIdle; default 10 min
                .maxLifetime(Duration.ofMinutes(20))   // any connection; default 30 min
                .poolName("blog")                      // in logs and thread names; default quarry-<n>
                .logSql(true)                          // logger dev.quarry.sql; default off
                .connect();                            // or build() for a DatabaseConfig, then Database.create(config)
    }
    // end::builder[]

    // tag::pool-stats[]
    public static PoolStats statsWhileBusy(Database db) {
        return db.transaction(tx -> db.poolStats());   // one connection is lent to the transaction
    }
    // end::pool-stats[]
}
