package dev.quarry.transaction;

/** Transaction isolation levels, as SQL defines them. */
public enum Isolation {
    READ_UNCOMMITTED,
    READ_COMMITTED,
    REPEATABLE_READ,
    SERIALIZABLE
}
