package dev.quarry.transaction;

/** Transaction isolation levels, as SQL defines them. */
public enum Isolation {
    /** May read changes other transactions have not committed (PostgreSQL treats it as {@link #READ_COMMITTED}). */
    READ_UNCOMMITTED,
    /** Each statement sees only data committed before it began. */
    READ_COMMITTED,
    /** Reading a row again gives the same values; rows other transactions insert may still appear. */
    REPEATABLE_READ,
    /** Transactions behave as if run one after another; the database may abort one that cannot. */
    SERIALIZABLE
}
