package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Column;
import dev.quarry.query.Condition;
import dev.quarry.query.EntityTable;
import dev.quarry.query.UpdateWhereStep;
import dev.quarry.query.WriteQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The steps of an {@code UPDATE}: immutable; each {@code set} returns a new step. */
final class UpdateQuery<E> implements UpdateWhereStep<E> {
    private final Engine engine;
    private final ConnectionSource source;
    private final EntityTable<E, ?> table;
    private final List<Assignment> assignments;

    private record Assignment(ColumnImpl<?, ?> column, Object value) {
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
        Objects.requireNonNull(column, "column");
        ColumnImpl<E, T> impl = Columns.impl(column);
        if (!impl.table().name().equals(table.name())) {
            throw new IllegalArgumentException("column " + impl + " is not a column of " + table.name());
        }
        for (Assignment assignment : assignments) {
            if (assignment.column().name().equals(impl.name())) {
                throw new IllegalArgumentException("column " + impl.name() + " is set twice in one update");
            }
        }
        List<Assignment> added = new ArrayList<>(assignments);
        added.add(new Assignment(impl, value));
        return new UpdateQuery<>(engine, source, table, List.copyOf(added));
    }

    @Override
    public WriteQuery where(Condition<E> condition) {
        return new WriteQueryImpl(engine, source, render(AbstractCondition.impl(condition)));
    }

    @Override
    public WriteQuery all() {
        return new WriteQueryImpl(engine, source, render(null));
    }

    private RenderedSql render(AbstractCondition<E> where) {
        SqlBuilder sql = new SqlBuilder(engine.dialect());
        sql.append("UPDATE ").identifier(table.name());
        table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            sql.append(i == 0 ? " SET " : ", ").identifier(assignment.column().name())
                    .append(" = ").bind(assignment.value(), assignment.column().type());
        }
        if (where != null) {
            sql.append(" WHERE ");
            where.renderTo(sql);
        }
        return sql.build();
    }
}
