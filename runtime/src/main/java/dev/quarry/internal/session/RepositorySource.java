package dev.quarry.internal.session;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.query.EntityTable;
import java.sql.Connection;
import java.util.function.Function;

/**
 * The session's connection as its repositories use it: each statement runs after the session's
 * autoflush, and the entity rows its entity queries read go through the identity map.
 */
final class RepositorySource implements ConnectionSource {
    private final SessionImpl session;
    private final ConnectionSource connection;

    RepositorySource(SessionImpl session) {
        this.session = session;
        this.connection = session.connectionSource();
    }

    @Override
    public <T> T withConnection(Function<Connection, T> work) {
        session.beforeQuery();
        return connection.withConnection(work);
    }

    @Override
    public <T> T atomically(Function<Connection, T> work) {
        session.beforeQuery();
        return connection.atomically(work);
    }

    @Override
    public Lease lease() {
        session.beforeQuery();
        return connection.lease();
    }

    @Override
    public boolean callsLoadListeners() {
        return false; // the session calls afterLoad when a row enters the identity map
    }

    @Override
    public <E> E loaded(EntityTable<E, ?> table, E row) {
        return session.trackGraph(table, row);
    }
}
