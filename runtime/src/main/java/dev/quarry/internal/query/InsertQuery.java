package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.BoundValue;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Column;
import dev.quarry.query.ConflictStep;
import dev.quarry.query.ConflictUpdateStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertIntoStep;
import dev.quarry.query.InsertSelectStep;
import dev.quarry.query.InsertValuesStep;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Tuple2;
import dev.quarry.query.Tuple3;
import dev.quarry.query.WriteStatement;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An {@code INSERT} built step by step: rows from entities or from a query, an optional
 * {@code ON CONFLICT} clause, then run or {@code RETURNING}. Immutable: every step returns a new
 * instance.
 */
final class InsertQuery<E> extends AbstractWrite<E>
        implements InsertIntoStep<E>, InsertValuesStep<E>, ConflictStep<E>, ConflictUpdateStep<E> {
    /** What {@code ON CONFLICT} does. */
    private enum Action { NONE, NOTHING, UPDATE }

    private final List<String> columns;
    private final List<List<BoundValue>> rows;
    private final ResultQueryImpl<?, ?> query;
    private final List<ColumnImpl<?, ?>> target;
    private final Action action;
    private final List<UpdateQuery.Assignment> assignments;

    private InsertQuery(Engine engine, ConnectionSource source, EntityTable<E, ?> table, List<String> columns,
                        List<List<BoundValue>> rows, ResultQueryImpl<?, ?> query, List<ColumnImpl<?, ?>> target,
                        Action action, List<UpdateQuery.Assignment> assignments) {
        super(engine, source, table);
        this.columns = columns;
        this.rows = rows;
        this.query = query;
        this.target = target;
        this.action = action;
        this.assignments = assignments;
    }

    static <E> InsertIntoStep<E> into(Engine engine, ConnectionSource source, EntityTable<E, ?> table) {
        return new InsertQuery<>(engine, source, Objects.requireNonNull(table, "table"), List.of(), List.of(), null,
                List.of(), Action.NONE, List.of());
    }

    private InsertQuery<E> with(List<ColumnImpl<?, ?>> newTarget, Action newAction,
                                List<UpdateQuery.Assignment> newAssignments) {
        return new InsertQuery<>(engine, source, table, columns, rows, query, newTarget, newAction, newAssignments);
    }

    // ------------------------------------------------------------------ rows

    @Override
    public InsertValuesStep<E> values(E entity) {
        return values(List.of(Objects.requireNonNull(entity, "entity")));
    }

    @Override
    public InsertValuesStep<E> values(Collection<? extends E> entities) {
        Objects.requireNonNull(entities, "entities");
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("values(entities) needs at least one entity");
        }
        EntityMapper<E, ?> mapper = table.mapper();
        Long omitted = null;
        List<List<BoundValue>> captured = new ArrayList<>(entities.size());
        for (E entity : entities) {
            Objects.requireNonNull(entity, "values: the collection holds a null entity");
            long bits = mapper.omittedDefaults(entity);
            if (omitted != null && bits != omitted) {
                throw new IllegalArgumentException("the entities of one insert leave different server-default columns"
                        + " null: give them all a value or none, or insert them with insertAll");
            }
            omitted = bits;
            BindingCapture capture = new BindingCapture();
            try {
                mapper.bindInsert(entity, bits, capture, 1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the values of " + entity, e);
            }
            captured.add(capture.values());
        }
        List<String> inserted = insertedColumns(omitted);
        int parameters = inserted.size() * captured.size();
        if (parameters > engine.dialect().parameterLimit()) {
            throw new IllegalArgumentException(captured.size() + " rows need " + parameters + " parameters, more than "
                    + engine.dialect().name() + " allows in one statement (" + engine.dialect().parameterLimit()
                    + "): insert fewer rows per statement");
        }
        return new InsertQuery<>(engine, source, table, inserted, List.copyOf(captured), null, target, action,
                assignments);
    }

    /** The columns an entity insert writes: all but a generated key and the omitted server defaults. */
    private List<String> insertedColumns(long omitted) {
        List<String> inserted = new ArrayList<>();
        int defaultIndex = 0;
        for (ColumnSchema column : table.schema().columns()) {
            boolean omittedDefault = false;
            if (column.hasServerDefault()) {
                omittedDefault = (omitted & (1L << defaultIndex)) != 0L;
                defaultIndex++;
            }
            if (!column.generated() && !omittedDefault) {
                inserted.add(column.name());
            }
        }
        return List.copyOf(inserted);
    }

    @Override
    public <A> InsertSelectStep<E, A> columns(Column<E, A> column) {
        return selectInto(List.of(column));
    }

    @Override
    public <A, B> InsertSelectStep<E, Tuple2<A, B>> columns(Column<E, A> first, Column<E, B> second) {
        return selectInto(List.of(first, second));
    }

    @Override
    public <A, B, C> InsertSelectStep<E, Tuple3<A, B, C>> columns(Column<E, A> first, Column<E, B> second,
                                                                  Column<E, C> third) {
        return selectInto(List.of(first, second, third));
    }

    private <R> InsertSelectStep<E, R> selectInto(List<Column<E, ?>> targetColumns) {
        List<String> names = new ArrayList<>();
        for (Column<E, ?> column : targetColumns) {
            ColumnImpl<?, ?> impl = Columns.impl(column);
            if (!impl.table().name().equals(table.name())) {
                throw new IllegalArgumentException("column " + impl + " is not a column of " + table.name());
            }
            if (names.contains(impl.name())) {
                throw new IllegalArgumentException("column " + impl.name() + " is inserted twice");
            }
            names.add(impl.name());
        }
        return (ResultQuery<?, R> select) -> {
            Objects.requireNonNull(select, "query");
            if (!(select instanceof ResultQueryImpl<?, ?> impl)) {
                throw new IllegalArgumentException("not a query built by Quarry's DSL: " + select);
            }
            if (!impl.raw()) {
                throw new IllegalArgumentException("insert ... select needs the query's own values: this query maps its"
                        + " rows (map or into); select the expressions without mapping them");
            }
            if (impl.selected.size() != names.size()) {
                throw new IllegalArgumentException("the query selects " + impl.selected.size() + " expressions for "
                        + names.size() + " columns " + names);
            }
            return new InsertQuery<>(engine, source, table, List.copyOf(names), List.of(), impl, target, action,
                    assignments);
        };
    }

    // ------------------------------------------------------------------ on conflict

    @Override
    public ConflictStep<E> onConflict(Column<E, ?> column) {
        return onConflict(List.of(Objects.requireNonNull(column, "column")));
    }

    @Override
    public ConflictStep<E> onConflict(Column<E, ?> first, Column<E, ?> second) {
        return onConflict(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public ConflictStep<E> onConflict(List<? extends Column<E, ?>> conflictColumns) {
        Objects.requireNonNull(conflictColumns, "columns");
        if (conflictColumns.isEmpty()) {
            throw new IllegalArgumentException("onConflict needs the columns of a unique key; use onConflictDoNothing()"
                    + " for a conflict on any key");
        }
        List<ColumnImpl<?, ?>> impls = new ArrayList<>();
        for (Column<E, ?> column : conflictColumns) {
            ColumnImpl<?, ?> impl = Columns.impl(column);
            if (!impl.table().name().equals(table.name())) {
                throw new IllegalArgumentException("column " + impl + " is not a column of " + table.name());
            }
            impls.add(impl);
        }
        return with(List.copyOf(impls), Action.NONE, List.of());
    }

    @Override
    public WriteStatement<E> onConflictDoNothing() {
        return with(List.of(), Action.NOTHING, List.of());
    }

    @Override
    public WriteStatement<E> doNothing() {
        return with(target, Action.NOTHING, List.of());
    }

    @Override
    public <T> ConflictUpdateStep<E> doUpdateSet(Column<E, T> column, T value) {
        return set(column, value);
    }

    @Override
    public <T> ConflictUpdateStep<E> doUpdateSetExpression(Column<E, T> column, Expression<? extends E, T> value) {
        return setExpression(column, value);
    }

    @Override
    public ConflictUpdateStep<E> doUpdateSetExcluded(Column<E, ?> column) {
        return setExcluded(column);
    }

    @Override
    public <T> ConflictUpdateStep<E> set(Column<E, T> column, T value) {
        return assign(column, value, null);
    }

    @Override
    public <T> ConflictUpdateStep<E> setExpression(Column<E, T> column, Expression<? extends E, T> value) {
        return assign(column, null, ExprImpl.impl(Objects.requireNonNull(value, "value")));
    }

    @Override
    public ConflictUpdateStep<E> setExcluded(Column<E, ?> column) {
        return assign(column, null, new Excluded<>(Columns.impl(Objects.requireNonNull(column, "column"))));
    }

    private ConflictUpdateStep<E> assign(Column<E, ?> column, Object value, ExprImpl<?, ?> expression) {
        List<UpdateQuery.Assignment> added = new ArrayList<>(assignments);
        added.add(UpdateQuery.assignment(table, assignments, column, value, expression));
        return with(target, Action.UPDATE, List.copyOf(added));
    }

    // ------------------------------------------------------------------ rendering

    @Override
    String verb() {
        return "INSERT";
    }

    @Override
    void renderBody(SqlBuilder sql) {
        sql.append("INSERT INTO ").identifier(table.name());
        table.alias().ifPresent(alias -> sql.append(" AS ").identifier(alias));
        if (columns.isEmpty()) {
            if (query != null || rows.size() != 1) {
                throw new IllegalStateException("an insert of " + rows.size() + " rows into " + table.name()
                        + " writes no column: insert the rows one by one");
            }
            sql.append(" ").append(sql.dialect().defaultValues());
        } else {
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? " (" : ", ").identifier(columns.get(i));
            }
            sql.append(")");
            if (query != null) {
                sql.append(" ");
                QueryModel model = query.model;
                if (action != Action.NONE && model.where == null) {
                    // SQLite needs a WHERE before ON CONFLICT to tell it from a join's ON
                    model = model.where(new ConstantCondition<>(true));
                }
                model.renderTo(sql, query.selected);
            } else {
                sql.append(" VALUES ");
                for (int r = 0; r < rows.size(); r++) {
                    sql.append(r == 0 ? "(" : ", (");
                    List<BoundValue> row = rows.get(r);
                    for (int i = 0; i < row.size(); i++) {
                        sql.append(i == 0 ? "" : ", ").bind(row.get(i).value(), row.get(i).type());
                    }
                    sql.append(")");
                }
            }
        }
        if (action == Action.NONE) {
            return;
        }
        List<String> targetNames = new ArrayList<>();
        for (ColumnImpl<?, ?> column : target) {
            targetNames.add(column.name());
        }
        sql.dialect().renderConflictTarget(sql, targetNames);
        if (action == Action.NOTHING) {
            sql.dialect().renderConflictDoNothing(sql, table.name(), table.schema().columns().get(0).name());
            return;
        }
        boolean previous = sql.qualifying(true);
        for (int i = 0; i < assignments.size(); i++) {
            UpdateQuery.Assignment assignment = assignments.get(i);
            if (assignment.expression() != null) {
                checkTable(assignment.expression()::tables, "DO UPDATE SET " + assignment.column().name());
            }
            sql.append(i == 0 ? sql.dialect().conflictUpdateSet() : ", ").identifier(assignment.column().name()).append(" = ");
            assignment.renderValue(sql);
        }
        sql.qualifying(previous);
    }

    /** {@code EXCLUDED.column}: the value an upsert proposed for a column. */
    private static final class Excluded<T> extends ExprImpl<Object, T> {
        private final ColumnImpl<?, ?> column;

        Excluded(ColumnImpl<?, ?> column) {
            this.column = column;
        }

        @Override
        dev.quarry.spi.ValueType type() {
            return column.type();
        }

        @Override
        void tables(java.util.function.Consumer<dev.quarry.query.Table<?>> out) {
        }

        @Override
        public void renderTo(SqlBuilder sql) {
            sql.dialect().renderExcluded(sql, column.name());
        }

        @Override
        public String toString() {
            return "excluded." + column.name();
        }
    }
}
