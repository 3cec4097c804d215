package dev.quarry.internal.query;

import dev.quarry.EntityListener;
import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.RowLock;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.EntityTable;
import dev.quarry.query.JoinOnStep;
import dev.quarry.query.JoinedQuery;
import dev.quarry.query.LockOfStep;
import dev.quarry.query.Load;
import dev.quarry.query.Relation;
import dev.quarry.query.SelectStatement;
import dev.quarry.spi.EntityMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the immutable entity queries ({@link SelectQueryImpl} on one table, {@link JoinedQueryImpl}
 * over joined tables) share: the model, the SQL rendered once on first use (the query's and its
 * {@code COUNT(*)}'s, each when first needed), the terminal operations reading the first table's
 * entities, and the join steps.
 *
 * @param <E> the entity type of the first table
 */
abstract class EntityQuery<E> implements SelectStatement, Subquery {
    final Engine engine;
    final ConnectionSource source;
    final EntityTable<E, ?> table;
    final QueryModel model;
    /** The load options as given, in order. */
    final List<LoadImpl<?, ?>> loads;
    /** The load options, merged into a tree; empty without any. */
    final List<Loader.Node> plan;
    private volatile RenderedSql rendered;
    private volatile RenderedSql counted;

    EntityQuery(Engine engine, ConnectionSource source, EntityTable<E, ?> table, QueryModel model,
                List<LoadImpl<?, ?>> loads) {
        this.engine = engine;
        this.source = source;
        this.table = table;
        this.model = model;
        this.loads = loads;
        this.plan = loads.isEmpty() ? List.of() : Loader.plan(table, loads);
    }

    /** {@link #loads} and {@code options}, checked. */
    final List<LoadImpl<?, ?>> withLoads(List<? extends Load<E, ?>> options) {
        Objects.requireNonNull(options, "options");
        List<LoadImpl<?, ?>> combined = new ArrayList<>(loads);
        for (Load<E, ?> option : options) {
            combined.add(LoadImpl.impl(option));
        }
        return List.copyOf(combined);
    }

    /** Runs the query and its load options on one connection. */
    private List<E> fetchLoaded() {
        List<E> rows = source.withConnection(connection -> new Loader(engine, connection).fetch(table, model, rendered(), plan));
        EntityListener<E> listener = loadListener();
        List<E> loaded = new ArrayList<>(rows.size());
        for (E row : rows) {
            if (listener != null) {
                listener.afterLoad(row);
            }
            loaded.add(source.loaded(table, row));
        }
        return loaded;
    }

    /** The table's listener for {@code afterLoad}, or {@code null}: looked up once per statement. */
    private EntityListener<E> loadListener() {
        return source.callsLoadListeners() ? engine.listeners().of(table) : null;
    }

    private RowFunction<E> reader() {
        EntityMapper<E, ?> mapper = table.mapper();
        EntityListener<E> listener = loadListener();
        if (listener == null) {
            return row -> source.loaded(table, mapper.read(row, 1));
        }
        return row -> {
            E entity = mapper.read(row, 1);
            listener.afterLoad(entity);
            return source.loaded(table, entity);
        };
    }

    /** Runs the query and returns every row. */
    public List<E> fetch() {
        if (!plan.isEmpty()) {
            return fetchLoaded();
        }
        return Results.fetch(engine, source, rendered(), reader());
    }

    /** Runs the query and returns its only row. */
    public E one() {
        if (!plan.isEmpty()) {
            return findOne().orElseThrow(() -> new NoResultException("no row matches the query: " + toSql()));
        }
        return Results.one(engine, source, rendered(), reader());
    }

    /** Runs the query and returns its only row, if any. */
    public Optional<E> findOne() {
        if (!plan.isEmpty()) {
            List<E> all = fetchLoaded();
            if (all.size() > 1) {
                throw new NonUniqueResultException("more than one row matches a query expected to return at most one: "
                        + toSql());
            }
            return all.stream().findFirst();
        }
        return Results.findOne(engine, source, rendered(), reader());
    }

    /** Runs the query and streams its rows; the stream holds a connection until closed. */
    public Stream<E> stream() {
        if (!plan.isEmpty()) {
            throw new IllegalStateException("a query with load options reads all its entities before loading their"
                    + " relationships: call fetch(), or stream without load options");
        }
        return Results.stream(engine, source, rendered(), reader());
    }

    /** {@code ... FOR UPDATE}: this query locking the rows it reads. */
    public LockOfStep<E> forUpdate() {
        return LockedQueryImpl.of(this, RowLock.Strength.UPDATE);
    }

    /** {@code ... FOR SHARE}: this query share-locking the rows it reads. */
    public LockOfStep<E> forShare() {
        return LockedQueryImpl.of(this, RowLock.Strength.SHARE);
    }

    /** Runs {@code SELECT COUNT(*)} over this query's rows. */
    public long count() {
        return Results.count(engine, source, renderCount());
    }

    @Override
    public void renderSubquery(SqlBuilder sql) {
        model.renderTo(sql, null);
    }

    @Override
    public List<dev.quarry.query.Table<?>> fromTables() {
        return model.fromTables();
    }

    @Override
    public String toSql() {
        return rendered().sql();
    }

    @Override
    public List<Object> parameters() {
        return rendered().values();
    }

    RenderedSql rendered() {
        RenderedSql sql = rendered;
        if (sql == null) {
            sql = model.render(engine.dialect(), null);
            rendered = sql;
        }
        return sql;
    }

    /** The {@code SELECT COUNT(*)} of this query's rows, rendered once, on first use. */
    RenderedSql renderCount() {
        RenderedSql sql = counted;
        if (sql == null) {
            sql = model.renderCount(engine.dialect());
            counted = sql;
        }
        return sql;
    }

    /** {@code INNER JOIN joined ON ...}. */
    public JoinOnStep<E> join(EntityTable<?, ?> joined) {
        return join(QueryModel.JoinKind.INNER, joined);
    }

    /** {@code LEFT JOIN joined ON ...}. */
    public JoinOnStep<E> leftJoin(EntityTable<?, ?> joined) {
        return join(QueryModel.JoinKind.LEFT, joined);
    }

    /** {@code RIGHT JOIN joined ON ...}. */
    public JoinOnStep<E> rightJoin(EntityTable<?, ?> joined) {
        return join(QueryModel.JoinKind.RIGHT, joined);
    }

    /** {@code FULL JOIN joined ON ...}. */
    public JoinOnStep<E> fullJoin(EntityTable<?, ?> joined) {
        return join(QueryModel.JoinKind.FULL, joined);
    }

    /** The joins along {@code relation} to its target, or to {@code alias} of it when not {@code null}. */
    final JoinedQuery<E> along(QueryModel.JoinKind kind, Relation<?, ?> relation, EntityTable<?, ?> alias) {
        RelationImpl<?, ?> impl = RelationImpl.impl(relation);
        EntityTable<?, ?> target = alias != null ? alias : impl.target();
        if (!target.name().equals(impl.target().name())) {
            throw new IllegalArgumentException(impl + " leads to " + impl.target().name() + ", not to " + target.name());
        }
        return new JoinedQueryImpl<>(engine, source, table, Loader.joinAlong(model, kind, impl, target), loads);
    }

    private JoinOnStep<E> join(QueryModel.JoinKind kind, EntityTable<?, ?> joined) {
        Objects.requireNonNull(joined, "table");
        return condition -> new JoinedQueryImpl<>(engine, source, table,
                model.join(kind, joined, AbstractCondition.impl(condition)), loads);
    }

    @Override
    public String toString() {
        return toSql();
    }
}
