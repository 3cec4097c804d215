package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.EntityTable;
import dev.quarry.query.JoinOnStep;
import dev.quarry.query.SelectStatement;
import dev.quarry.spi.EntityMapper;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the immutable entity queries ({@link SelectQueryImpl} on one table, {@link JoinedQueryImpl}
 * over joined tables) share: the model, the SQL rendered once on first use, the terminal
 * operations reading the first table's entities, and the join steps.
 *
 * @param <E> the entity type of the first table
 */
abstract class EntityQuery<E> implements SelectStatement, Subquery {
    final Engine engine;
    final ConnectionSource source;
    final EntityTable<E, ?> table;
    final QueryModel model;
    private volatile RenderedSql rendered;

    EntityQuery(Engine engine, ConnectionSource source, EntityTable<E, ?> table, QueryModel model) {
        this.engine = engine;
        this.source = source;
        this.table = table;
        this.model = model;
    }

    private RowFunction<E> reader() {
        EntityMapper<E, ?> mapper = table.mapper();
        return row -> mapper.read(row, 1);
    }

    /** Runs the query and returns every row. */
    public List<E> fetch() {
        return Results.fetch(engine, source, rendered(), model.hasOuterJoins(), reader());
    }

    /** Runs the query and returns its only row. */
    public E one() {
        return Results.one(engine, source, rendered(), model.hasOuterJoins(), reader());
    }

    /** Runs the query and returns its only row, if any. */
    public Optional<E> findOne() {
        return Results.findOne(engine, source, rendered(), model.hasOuterJoins(), reader());
    }

    /** Runs the query and streams its rows; the stream holds a connection until closed. */
    public Stream<E> stream() {
        return Results.stream(engine, source, rendered(), model.hasOuterJoins(), reader());
    }

    /** Runs {@code SELECT COUNT(*)} over this query's rows. */
    public long count() {
        return Results.count(engine, source, renderCount(), model.hasOuterJoins());
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

    /** The {@code SELECT COUNT(*)} of this query's rows. */
    RenderedSql renderCount() {
        return model.renderCount(engine.dialect());
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

    private JoinOnStep<E> join(QueryModel.JoinKind kind, EntityTable<?, ?> joined) {
        Objects.requireNonNull(joined, "table");
        return condition -> new JoinedQueryImpl<>(engine, source, table,
                model.join(kind, joined, AbstractCondition.impl(condition)));
    }

    @Override
    public String toString() {
        return toSql();
    }
}
