package dev.quarry.internal.session;

import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Load;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Sort;
import dev.quarry.session.SessionQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A {@link SessionQuery} over a DSL query on the session's connection; results go through the identity map. */
final class SessionQueryImpl<E> implements SessionQuery<E> {
    private final SessionImpl session;
    private final EntityTable<E, ?> table;
    private final SelectQuery<E> query;

    SessionQueryImpl(SessionImpl session, EntityTable<E, ?> table, SelectQuery<E> query) {
        this.session = session;
        this.table = table;
        this.query = query;
    }

    @Override
    public SessionQuery<E> where(Condition<E> condition) {
        return new SessionQueryImpl<>(session, table, query.where(condition));
    }

    @Override
    public SessionQuery<E> orderBy(Sort<E> sort) {
        return new SessionQueryImpl<>(session, table, query.orderBy(sort));
    }

    @Override
    public SessionQuery<E> limit(long count) {
        return new SessionQueryImpl<>(session, table, query.limit(count));
    }

    @Override
    public SessionQuery<E> offset(long count) {
        return new SessionQueryImpl<>(session, table, query.offset(count));
    }

    @Override
    public SessionQuery<E> load(Load<E, ?> option) {
        return new SessionQueryImpl<>(session, table, query.load(option));
    }

    @Override
    public List<E> fetch() {
        session.beforeQuery();
        List<E> rows = query.fetch();
        List<E> tracked = new ArrayList<>(rows.size());
        for (E row : rows) {
            tracked.add(session.trackGraph(table, row));
        }
        return tracked;
    }

    @Override
    public Optional<E> findOne() {
        session.beforeQuery();
        return query.findOne().map(row -> session.trackGraph(table, row));
    }

    @Override
    public E one() {
        session.beforeQuery();
        return session.trackGraph(table, query.one());
    }

    @Override
    public String toString() {
        return query.toSql();
    }
}
