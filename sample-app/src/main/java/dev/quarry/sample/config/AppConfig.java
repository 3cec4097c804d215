package dev.quarry.sample.config;

import dev.quarry.Database;
import java.util.Map;

/**
 * Reads the application's settings from the environment. {@code DATABASE_URL} selects the
 * database (for example {@code jdbc:postgresql://localhost:5432/blog?user=blog}); without it the
 * app uses an embedded SQLite file, so it runs with no setup. {@code QUARRY_LOG_SQL=true} logs
 * every statement with its parameters and time.
 *
 * @param databaseUrl the JDBC URL
 * @param logSql      whether to log SQL
 */
public record AppConfig(String databaseUrl, boolean logSql) {
    /** The embedded default: a SQLite file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:quarry-sample.db";

    /** Reads the settings from the given environment. */
    public static AppConfig from(Map<String, String> env) {
        String url = env.getOrDefault("DATABASE_URL", "").isBlank() ? DEFAULT_URL : env.get("DATABASE_URL");
        return new AppConfig(url, Boolean.parseBoolean(env.getOrDefault("QUARRY_LOG_SQL", "false")));
    }

    /** Opens the pooled database these settings describe. */
    public Database openDatabase() {
        return Database.create(Database.builder(databaseUrl).logSql(logSql).poolName("sample-app").build());
    }
}
