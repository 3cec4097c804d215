package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Condition;
import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.WriteStatement;

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
    public WriteStatement<E> where(Condition<E> condition) {
        return new Statement(AbstractCondition.impl(condition));
    }

    @Override
    public WriteStatement<E> all() {
        return new Statement(null);
    }

    /** The complete {@code DELETE}. */
    private final class Statement extends AbstractWrite<E> {
        private final AbstractCondition<E> where;

        Statement(AbstractCondition<E> where) {
            super(DeleteQuery.this.engine, DeleteQuery.this.source, DeleteQuery.this.table);
            this.where = where;
        }

        @Override
        String verb() {
            return "DELETE";
        }

        @Override
        void renderBody(SqlBuilder sql) {
            sql.append("DELETE FROM ").identifier(table.name());
            table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
            if (where != null) {
                checkTable(where::tables, "the condition");
                sql.append(" WHERE ");
                where.renderTo(sql);
            }
        }
    }
}
