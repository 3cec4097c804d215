package dev.quarry.session;

/**
 * Where an object stands with respect to a {@link Session}, as in SQLAlchemy.
 */
public enum ObjectState {
    /** Not in the session and without a row it knows of: a new object, or one the session let go before it was stored. */
    TRANSIENT,
    /** Added to the session, not inserted yet: the next flush inserts it. */
    PENDING,
    /** In the session's identity map with a row in the database: changes to it are flushed as {@code UPDATE}s. */
    PERSISTENT,
    /** Marked for deletion: the next flush deletes its row (if it did not already); after the commit it is detached. */
    DELETED,
    /** Had a row while the session tracked it, and is no longer tracked: after close, expunge, or a commit with {@code expireOnCommit}. */
    DETACHED
}
