package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.ReturningQuery;
import dev.quarry.query.Table;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.WriteStatement;
import dev.quarry.spi.EntityMapper;
import java.util.List;
import java.util.function.Consumer;

/**
 * Base of the {@code INSERT}, {@code UPDATE} and {@code DELETE} statements: renders the body the
 * subclass writes (once, on first use), runs it for a row count, or appends {@code RETURNING}.
 * While it renders, the written table is the scope of any subquery in it (correlated subqueries).
 * Before it runs, with or without {@code RETURNING}, the database is checked for the
 * {@code RIGHT}/{@code FULL} joins of the queries in it (subqueries of its conditions and
 * {@code SET}s, the query of an {@code INSERT ... SELECT}).
 */
abstract class AbstractWrite<E> implements WriteStatement<E> {
    final Engine engine;
    final ConnectionSource source;
    final EntityTable<E, ?> table;
    private volatile RenderedSql rendered;

    AbstractWrite(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        this.engine = engine;
        this.source = source;
        this.table = table;
    }

    /** Appends the statement without {@code RETURNING}. */
    abstract void renderBody(SqlBuilder sql);

    /** The statement's first keyword: {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
    abstract String verb();

    /** Checks that {@code expression} (a condition, a value or a returned expression) reads only the written table. */
    final void checkTable(Consumer<Consumer<Table<?>>> tables, String what) {
        tables.accept(read -> {
            if (!read.name().equals(table.name()) || !read.alias().equals(table.alias())) {
                String written = table.alias().map(a -> table.name() + " as " + a).orElse(table.name());
                throw new IllegalStateException(what + " reads table " + read.alias().map(a -> read.name() + " as " + a)
                        .orElse(read.name()) + ", but the statement writes " + written
                        + (read.name().equals(table.name()) ? ": use the columns of " + written + " itself"
                                : ": read other tables through a subquery (exists, in, scalar)"));
            }
        });
    }

    private RenderedSql render(List<ExprImpl<?, ?>> returned) {
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        sql.enterScope(List.of(table));
        renderBody(sql);
        if (returned != null) {
            engine.dialect().checkReturning(verb());
            sql.append(" RETURNING ");
            if (returned.isEmpty()) {
                List<dev.quarry.spi.ColumnSchema> columns = table.schema().columns();
                for (int i = 0; i < columns.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").identifier(columns.get(i).name());
                }
            }
            for (int i = 0; i < returned.size(); i++) {
                ExprImpl<?, ?> expression = returned.get(i);
                checkTable(expression::tables, "RETURNING " + expression);
                sql.append(i == 0 ? "" : ", ");
                expression.renderTo(sql);
            }
        }
        sql.leaveScope();
        return sql.build();
    }

    private RenderedSql rendered() {
        RenderedSql sql = rendered;
        if (sql == null) {
            sql = render(null);
            rendered = sql;
        }
        return sql;
    }

    @Override
    public int execute() {
        return Results.update(engine, source, rendered());
    }

    @Override
    public String toSql() {
        return rendered().sql();
    }

    @Override
    public List<Object> parameters() {
        return rendered().values();
    }

    @Override
    public ReturningQuery<E> returning() {
        EntityMapper<E, ?> mapper = table.mapper();
        return new Returning<>(render(List.of()), row -> mapper.read(row, 1));
    }

    @Override
    @SuppressWarnings("unchecked") // the value was read with the expression's type
    public <A> ReturningQuery<A> returning(Expression<? extends E, A> expression) {
        List<ExprImpl<?, ?>> returned = ResultQueryImpl.expressions(expression);
        return new Returning<>(render(returned), row -> (A) returned.get(0).read(row, 1));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <A, B> ReturningQuery<Tuple2<A, B>> returning(Expression<? extends E, A> first,
                                                         Expression<? extends E, B> second) {
        List<ExprImpl<?, ?>> returned = ResultQueryImpl.expressions(first, second);
        return new Returning<>(render(returned),
                row -> new Tuple2<>((A) returned.get(0).read(row, 1), (B) returned.get(1).read(row, 2)));
    }

    @Override
    @SuppressWarnings("unchecked") // each value was read with its expression's type
    public <A, B, C> ReturningQuery<Tuple3<A, B, C>> returning(Expression<? extends E, A> first,
                                                               Expression<? extends E, B> second,
                                                               Expression<? extends E, C> third) {
        List<ExprImpl<?, ?>> returned = ResultQueryImpl.expressions(first, second, third);
        return new Returning<>(render(returned), row -> new Tuple3<>((A) returned.get(0).read(row, 1),
                (B) returned.get(1).read(row, 2), (C) returned.get(2).read(row, 3)));
    }

    @Override
    public String toString() {
        return toSql();
    }

    /** The statement with its {@code RETURNING} clause, rendered. */
    private final class Returning<R> implements ReturningQuery<R> {
        private final RenderedSql sql;
        private final RowFunction<R> reader;

        Returning(RenderedSql sql, RowFunction<R> reader) {
            this.sql = sql;
            this.reader = reader;
        }

        @Override
        public List<R> fetch() {
            return Results.fetch(engine, source, sql, reader);
        }

        @Override
        public String toSql() {
            return sql.sql();
        }

        @Override
        public List<Object> parameters() {
            return sql.values();
        }

        @Override
        public String toString() {
            return sql.sql();
        }
    }
}
