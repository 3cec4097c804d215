package dev.quarry.internal.exec;

import dev.quarry.query.EntityTable;
import java.sql.Connection;
import java.util.function.Function;

/**
 * Where statements get their connection: the current thread's transaction if there is one,
 * else a pooled connection in auto-commit mode for the length of one statement.
 */
public interface ConnectionSource {
    /** Runs {@code work} with a connection, released afterwards unless a transaction owns it. */
    <T> T withConnection(Function<Connection, T> work);

    /**
     * Runs {@code work} with a connection inside a transaction: the current one if there is
     * one, else a short one of its own, so that several statements succeed or fail together.
     * The statements are one operation for the N+1 detector: each statement shape counts once
     * (a multi-row insert split into chunks is one insert).
     */
    <T> T atomically(Function<Connection, T> work);

    /**
     * A connection held until the lease is closed (for streams): the transaction's, or a pooled
     * one, in a transaction of its own until the lease is closed where the dialect
     * {@linkplain dev.quarry.internal.sql.Dialect#streamsInTransactionsOnly() streams only in one}.
     */
    Lease lease();

    /**
     * Whether entity reads through this source call the tables' {@code afterLoad} listeners; a
     * session's source does not, as the session calls them when a row enters its identity map.
     */
    default boolean callsLoadListeners() {
        return true;
    }

    /**
     * What an entity row read through this source's entity queries becomes: the row itself, or,
     * for the source a session's repositories read through, the object its identity map holds
     * for that row.
     */
    default <E> E loaded(EntityTable<E, ?> table, E row) {
        return row;
    }

    /** A connection lent for a while; closing returns it (a second close does nothing). */
    interface Lease extends AutoCloseable {
        /** The connection. */
        Connection connection();

        @Override
        void close();
    }
}
