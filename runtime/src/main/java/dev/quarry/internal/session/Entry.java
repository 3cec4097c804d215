package dev.quarry.internal.session;

import dev.quarry.session.ObjectState;

/** One object the session tracks: its table, state, key and snapshots. */
final class Entry {
    final TableInfo table;
    Object entity;
    ObjectState state;
    /** The primary key while the object has a row (persistent or deleted); {@code null} before. */
    Object key;
    /**
     * The column values the database has as far as the session knows (after the last load or
     * flush), by snapshot position; their types are the table's {@link TableInfo#types}.
     */
    Object[] snapshot;
    /** The column values at the last commit or load, restored by a rollback. */
    Object[] committed;
    /** Inserted since the last commit: a rollback makes it transient again. */
    boolean insertedInTransaction;
    /** Deleted by a flush since the last commit. */
    boolean deleteFlushed;

    Entry(TableInfo table, Object entity, ObjectState state) {
        this.table = table;
        this.entity = entity;
        this.state = state;
    }
}
