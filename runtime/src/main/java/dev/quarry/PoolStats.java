package dev.quarry;

/**
 * A snapshot of a {@link Database}'s connection pool, for monitoring and for tests that check
 * no connection leaks ({@code active == 0} once all work is done).
 *
 * @param active  connections lent out right now
 * @param idle    connections waiting in the pool
 * @param total   {@code active + idle}
 * @param waiting threads waiting for a connection
 */
public record PoolStats(int active, int idle, int total, int waiting) {
}
