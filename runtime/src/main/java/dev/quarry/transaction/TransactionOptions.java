package dev.quarry.transaction;

import java.util.Objects;

/**
 * How a transaction runs: its isolation level ({@code null} for the database default) and
 * whether it is read-only.
 *
 * <pre>{@code
 * db.transaction(TransactionOptions.isolation(Isolation.SERIALIZABLE), tx -> ...);
 * db.transaction(TransactionOptions.READ_ONLY, tx -> ...);
 * }</pre>
 *
 * @param isolation the isolation level, or {@code null} for the connection's default
 * @param readOnly  whether the transaction only reads
 */
public record TransactionOptions(Isolation isolation, boolean readOnly) {
    /** The database's default isolation, read-write. */
    public static final TransactionOptions DEFAULT = new TransactionOptions(null, false);

    /** The database's default isolation, read-only. */
    public static final TransactionOptions READ_ONLY = new TransactionOptions(null, true);

    /**
     * Options with the given isolation level, read-write.
     *
     * @param isolation the isolation level
     * @return the options
     */
    public static TransactionOptions isolation(Isolation isolation) {
        return new TransactionOptions(Objects.requireNonNull(isolation, "isolation"), false);
    }

    /**
     * The same options, read-only.
     *
     * @return the read-only options
     */
    public TransactionOptions asReadOnly() {
        return new TransactionOptions(isolation, true);
    }
}
