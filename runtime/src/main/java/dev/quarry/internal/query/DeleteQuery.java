package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Condition;
import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.WriteQuery;

/** The step of a {@code DELETE} that chooses its rows. */
final class DeleteQuery<E> implements DeleteWhereStep<E> {
    private final Engine engine;
    private final ConnectionSource source;
    private final EntityTable<E, ?> table;

    DeleteQuery(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        this.engine = engine;
        this.source = source;
        this.table = table;
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
        sql.append("DELETE FROM ").identifier(table.name());
        table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
        if (where != null) {
            sql.append(" WHERE ");
            where.renderTo(sql);
        }
        return sql.build();
    }
}
