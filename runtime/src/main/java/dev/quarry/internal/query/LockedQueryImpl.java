package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RowLock;
import dev.quarry.query.EntityTable;
import dev.quarry.query.LockOfStep;
import dev.quarry.query.LockWaitStep;
import dev.quarry.query.LockedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable entity query that locks its rows: every step ({@code of}, {@code noWait},
 * {@code skipLocked}) returns a new query with the model's lock changed.
 */
final class LockedQueryImpl<E> extends EntityQuery<E> implements LockOfStep<E> {
    private LockedQueryImpl(Engine engine, ConnectionSource source, EntityTable<E, ?> table, QueryModel model,
                            List<LoadImpl<?, ?>> loads) {
        super(engine, source, table, model, loads);
    }

    /** {@code query} locking the rows of every table it reads with {@code strength}, waiting for locked rows. */
    static <E> LockedQueryImpl<E> of(EntityQuery<E> query, RowLock.Strength strength) {
        QueryModel locked = query.model.lock(new QueryModel.Lock(strength, List.of(), RowLock.Wait.WAIT));
        return new LockedQueryImpl<>(query.engine, query.source, query.table, locked, query.loads);
    }

    private LockedQueryImpl<E> with(List<EntityTable<?, ?>> of, RowLock.Wait waiting) {
        QueryModel.Lock lock = model.lock;
        return new LockedQueryImpl<>(engine, source, table, model.lock(new QueryModel.Lock(lock.strength(), of, waiting)),
                loads);
    }

    @Override
    public LockWaitStep<E> of(EntityTable<?, ?> first, EntityTable<?, ?>... more) {
        Objects.requireNonNull(more, "more");
        List<EntityTable<?, ?>> tables = new ArrayList<>(1 + more.length);
        tables.add(Objects.requireNonNull(first, "table"));
        for (EntityTable<?, ?> table : more) {
            tables.add(Objects.requireNonNull(table, "table"));
        }
        return with(tables, model.lock.waiting());
    }

    @Override
    public LockedQuery<E> noWait() {
        return with(model.lock.of(), RowLock.Wait.NOWAIT);
    }

    @Override
    public LockedQuery<E> skipLocked() {
        return with(model.lock.of(), RowLock.Wait.SKIP_LOCKED);
    }
}
