package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.internal.sql.SqlFragment;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Sort;
import dev.quarry.query.Table;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Base of every expression: renders itself, knows its value type (how values compared with it
 * are bound and how it is read from a row), the tables it reads, and builds conditions and sorts.
 */
abstract class ExprImpl<S, T> implements Expression<S, T>, SqlFragment {
    /** The advice for a null bound of an ordering comparison or pattern, which no NULL test replaces. */
    static final String NO_BOUND = "pass a value, or leave the condition out";

    /** The value type: how a value of this expression is bound and read. */
    abstract ValueType type();

    /** The enum class of an {@code ENUM} expression, to read its values; {@code null} otherwise. */
    Class<?> enumClass() {
        return null;
    }

    /** Reports every table this expression reads (for the {@code FROM} check). */
    abstract void tables(Consumer<Table<?>> out);

    /** Whether the expression renders as one token and needs no parentheses as an operand. */
    boolean simple() {
        return true;
    }

    /** Reads this expression's value from column {@code index} of the current row. */
    final Object read(RowReader row, int index) throws SQLException {
        Object value = row.getObject(index, type());
        Class<?> enumClass = enumClass();
        if (value instanceof String name && enumClass != null) {
            return ValueTypes.enumConstant(enumClass, name);
        }
        return value;
    }

    @Override
    public Condition<S> eq(T value) {
        return compare("=", value, "eq", "use isNull() instead");
    }

    @Override
    public Condition<S> eq(Expression<?, T> other) {
        return compare("=", other);
    }

    @Override
    public Condition<S> ne(T value) {
        return compare("<>", value, "ne", "use isNotNull() instead");
    }

    @Override
    public Condition<S> ne(Expression<?, T> other) {
        return compare("<>", other);
    }

    @Override
    public Condition<S> lt(T value) {
        return compare("<", value, "lt", NO_BOUND);
    }

    @Override
    public Condition<S> lt(Expression<?, T> other) {
        return compare("<", other);
    }

    @Override
    public Condition<S> le(T value) {
        return compare("<=", value, "le", NO_BOUND);
    }

    @Override
    public Condition<S> le(Expression<?, T> other) {
        return compare("<=", other);
    }

    @Override
    public Condition<S> gt(T value) {
        return compare(">", value, "gt", NO_BOUND);
    }

    @Override
    public Condition<S> gt(Expression<?, T> other) {
        return compare(">", other);
    }

    @Override
    public Condition<S> ge(T value) {
        return compare(">=", value, "ge", NO_BOUND);
    }

    @Override
    public Condition<S> ge(Expression<?, T> other) {
        return compare(">=", other);
    }

    @Override
    public Condition<S> between(T low, T high) {
        return new BetweenCondition<>(this, requireValue(low, "between", NO_BOUND),
                requireValue(high, "between", NO_BOUND));
    }

    @Override
    public Condition<S> in(Collection<? extends T> values) {
        return inList(values, false);
    }

    @Override
    public Condition<S> notIn(Collection<? extends T> values) {
        return inList(values, true);
    }

    @Override
    public Condition<S> in(ResultQuery<?, ? extends T> subquery) {
        return Subqueries.in(this, subquery, false);
    }

    @Override
    public Condition<S> notIn(ResultQuery<?, ? extends T> subquery) {
        return Subqueries.in(this, subquery, true);
    }

    @Override
    public Condition<S> isNull() {
        return new NullCondition<>(this, false);
    }

    @Override
    public Condition<S> isNotNull() {
        return new NullCondition<>(this, true);
    }

    @Override
    public Sort<S> asc() {
        return new SortImpl<>(this, false, SortImpl.Nulls.DEFAULT);
    }

    @Override
    public Sort<S> desc() {
        return new SortImpl<>(this, true, SortImpl.Nulls.DEFAULT);
    }

    final Condition<S> compare(String operator, T value, String method, String advice) {
        return new ComparisonCondition<>(this, operator, requireValue(value, method, advice));
    }

    private Condition<S> compare(String operator, Expression<?, T> other) {
        return new ExpressionComparisonCondition<>(this, operator, impl(Objects.requireNonNull(other, "other")));
    }

    private Condition<S> inList(Collection<? extends T> values, boolean negated) {
        String method = negated ? "notIn" : "in";
        Objects.requireNonNull(values, method + "(values)");
        if (values.isEmpty()) {
            return new ConstantCondition<>(negated);
        }
        List<Object> copy = new ArrayList<>(values.size());
        for (T value : values) {
            copy.add(requireValue(value, method, "leave nulls out of the list, and test them with "
                    + (negated ? "isNotNull()" : "isNull()")));
        }
        return new InCondition<>(this, List.copyOf(copy), negated);
    }

    final T requireValue(T value, String method, String advice) {
        if (value == null) {
            throw new NullPointerException(method + "(null) on " + this
                    + ": null is not a value in SQL comparisons; " + advice);
        }
        return value;
    }

    /** Renders this expression as an operand: parenthesized unless it is one token. */
    final void renderOperand(SqlBuilder sql) {
        if (simple()) {
            renderTo(sql);
        } else {
            sql.append("(");
            renderTo(sql);
            sql.append(")");
        }
    }

    /** The implementation behind an expression of the DSL; fails clearly for a foreign implementation. */
    @SuppressWarnings("unchecked") // the scope is a compile-time marker only
    static <S, T> ExprImpl<S, T> impl(Expression<?, T> expression) {
        Objects.requireNonNull(expression, "expression");
        if (expression instanceof ExprImpl<?, ?> impl) {
            return (ExprImpl<S, T>) impl;
        }
        throw new IllegalArgumentException("not an expression built by Quarry's DSL: " + expression);
    }
}
