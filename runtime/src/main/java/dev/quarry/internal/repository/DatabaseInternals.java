package dev.quarry.internal.repository;

import dev.quarry.Database;
import dev.quarry.internal.exec.Engine;
import java.util.Objects;
import java.util.function.Function;

/**
 * How repositories reach the engine of a {@link Database} without a public accessor:
 * {@code Database} hands over a function to its engine when its class initializes, which is
 * before any instance exists.
 */
public final class DatabaseInternals {
    private static volatile Function<Database, Engine> engines;

    private DatabaseInternals() {
    }

    /** Called once, by {@code Database}'s static initializer. */
    public static void register(Function<Database, Engine> access) {
        Objects.requireNonNull(access, "access");
        if (engines != null) {
            throw new IllegalStateException("the Database engine accessor is registered already");
        }
        engines = access;
    }

    /** The engine of {@code database}. */
    static Engine engine(Database database) {
        Function<Database, Engine> access = engines;
        if (access == null) {
            throw new IllegalStateException("Database is not initialized");
        }
        return access.apply(database);
    }
}
