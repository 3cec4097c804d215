package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.UpdateWhereStep;
import dev.quarry.query.WriteStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The steps of an {@code UPDATE}: immutable; each {@code set} returns a new step. */
final class UpdateQuery<E> implements UpdateWhereStep<E> {
    private final Engine engine;
    private final ConnectionSource source;
    private final EntityTable<E, ?> table;
    private final List<Assignment> assignments;

    /** {@code column = value}: a bound value, or an expression when {@code expression} is set. */
    record Assignment(ColumnImpl<?, ?> column, Object value, ExprImpl<?, ?> expression) {
        void renderValue(SqlBuilder sql) {
            if (expression != null) {
                expression.renderTo(sql);
            } else {
                sql.bind(value, column.type());
            }
        }
    }

    static <E> UpdateQuery<E> of(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        return new UpdateQuery<>(engine, source, table, List.of());
    }

    private UpdateQuery(Engine engine, ConnectionSource source, EntityTable<E, ?> table, List<Assignment> assignments) {
        this.engine = engine;
        this.source = source;
        this.table = table;
        this.assignments = assignments;
    }

    @Override
    public <T> UpdateWhereStep<E> set(Column<E, T> column, T value) {
        return add(column, value, null);
    }

    @Override
    public <T> UpdateWhereStep<E> setExpression(Column<E, T> column, Expression<? extends E, T> value) {
        return add(column, null, ExprImpl.impl(Objects.requireNonNull(value, "value")));
    }

    private UpdateWhereStep<E> add(Column<E, ?> column, Object value, ExprImpl<?, ?> expression) {
        List<Assignment> added = new ArrayList<>(assignments);
        added.add(assignment(table, assignments, column, value, expression));
        return new UpdateQuery<>(engine, source, table, List.copyOf(added));
    }

    /** Checks a {@code SET} target: a column of {@code table}, not set before. */
    static Assignment assignment(EntityTable<?, ?> table, List<Assignment> before, Column<?, ?> column, Object value,
                                 ExprImpl<?, ?> expression) {
        Objects.requireNonNull(column, "column");
        ColumnImpl<?, ?> impl = Columns.impl(column);
        if (!impl.table().name().equals(table.name())) {
            throw new IllegalArgumentException("column " + impl + " is not a column of " + table.name());
        }
        for (Assignment assignment : before) {
            if (assignment.column().name().equals(impl.name())) {
                throw new IllegalArgumentException("column " + impl.name() + " is set twice in one update");
            }
        }
        return new Assignment(impl, value, expression);
    }

    @Override
    public WriteStatement<E> where(Condition<E> condition) {
        return new Statement(AbstractCondition.impl(condition));
    }

    @Override
    public WriteStatement<E> all() {
        return new Statement(null);
    }

    /** The complete {@code UPDATE}. */
    private final class Statement extends AbstractWrite<E> {
        private final AbstractCondition<E> where;

        Statement(AbstractCondition<E> where) {
            super(UpdateQuery.this.engine, UpdateQuery.this.source, UpdateQuery.this.table);
            this.where = where;
        }

        @Override
        String verb() {
            return "UPDATE";
        }

        @Override
        void renderBody(SqlBuilder sql) {
            sql.append("UPDATE ").identifier(table.name());
            table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
            for (int i = 0; i < assignments.size(); i++) {
                Assignment assignment = assignments.get(i);
                if (assignment.expression() != null) {
                    checkTable(assignment.expression()::tables, "SET " + assignment.column().name());
                }
                sql.append(i == 0 ? " SET " : ", ").identifier(assignment.column().name()).append(" = ");
                assignment.renderValue(sql);
            }
            if (where != null) {
                checkTable(where::tables, "the condition");
                sql.append(" WHERE ");
                where.renderTo(sql);
            }
        }
    }
}
