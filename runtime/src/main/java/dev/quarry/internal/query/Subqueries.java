package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.query.SelectStatement;
import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Subqueries in conditions and expressions: {@code EXISTS}, {@code IN (SELECT ...)} and scalar subqueries. */
public final class Subqueries {
    private Subqueries() {
    }

    /** {@code EXISTS (subquery)} or {@code NOT EXISTS (subquery)}. */
    public static <S> Condition<S> exists(SelectStatement subquery, boolean negated) {
        return new SubqueryCondition<>(null, impl(subquery), negated);
    }

    /** {@code left IN (subquery)} or {@code left NOT IN (subquery)}. */
    static <S> Condition<S> in(ExprImpl<?, ?> left, SelectStatement subquery, boolean negated) {
        Subquery impl = impl(subquery);
        requireSingle(impl, negated ? "notIn" : "in");
        return new SubqueryCondition<>(left, impl, negated);
    }

    /** {@code (subquery)} as a value. */
    public static <S, T> Expression<S, T> scalar(SelectStatement subquery) {
        Subquery impl = impl(subquery);
        return new ScalarSubquery<>(impl, requireSingle(impl, "scalar"));
    }

    private static ExprImpl<?, ?> requireSingle(Subquery subquery, String method) {
        ExprImpl<?, ?> single = subquery.single();
        if (single == null) {
            throw new IllegalArgumentException(method + "(subquery) needs a projection of one expression whose rows are"
                    + " its values, such as db.select(POST).select(POST.authorId); this subquery selects several"
                    + " expressions, whole entities, or maps its rows: " + subquery);
        }
        return single;
    }

    /**
     * The Java types of the columns of a derived table defined by {@code query}: those of its
     * {@code arity} selected expressions.
     *
     * @throws IllegalArgumentException if the query is not a projection of {@code arity} expressions
     *                                  whose rows are the values as such
     */
    public static List<Class<?>> columnTypes(SelectStatement query, int arity) {
        List<ExprImpl<?, ?>> columns = impl(query).columns();
        if (columns == null || columns.size() != arity) {
            throw new IllegalArgumentException("a derived table of " + arity + " columns needs a query that selects "
                    + arity + " expressions and reads them as a tuple (not mapped by map or into), such as"
                    + " db.select(POST).select(POST.authorId, count()).groupBy(POST.authorId); this query "
                    + (columns == null ? "selects entities or maps its rows" : "selects " + columns.size())
                    + ": " + query);
        }
        List<Class<?>> types = new ArrayList<>(arity);
        for (ExprImpl<?, ?> column : columns) {
            Class<?> enumClass = column.enumClass();
            types.add(enumClass != null ? enumClass : ValueTypes.javaType(column.type()));
        }
        return List.copyOf(types);
    }

    static Subquery impl(SelectStatement statement) {
        Objects.requireNonNull(statement, "subquery");
        if (statement instanceof Subquery subquery) {
            return subquery;
        }
        throw new IllegalArgumentException("not a query built by Quarry's DSL: " + statement);
    }

    /** {@code [left [NOT] IN | [NOT] EXISTS] (subquery)}. */
    private static final class SubqueryCondition<S> extends AbstractCondition<S> {
        private final ExprImpl<?, ?> left;
        private final Subquery subquery;
        private final boolean negated;

        SubqueryCondition(ExprImpl<?, ?> left, Subquery subquery, boolean negated) {
            this.left = left;
            this.subquery = subquery;
            this.negated = negated;
        }

        @Override
        public void renderTo(SqlBuilder sql) {
            if (left == null) {
                sql.append(negated ? "NOT EXISTS (" : "EXISTS (");
            } else {
                left.renderOperand(sql);
                sql.append(negated ? " NOT IN (" : " IN (");
            }
            subquery.renderSubquery(sql);
            sql.append(")");
        }

        /** The tables of the left operand; the subquery checks its own when it renders. */
        @Override
        void tables(Consumer<Table<?>> out) {
            if (left != null) {
                left.tables(out);
            }
        }

        @Override
        public String toString() {
            return (left == null ? (negated ? "not exists" : "exists") : left + (negated ? " not in" : " in"))
                    + " (" + subquery + ")";
        }
    }

    /** A subquery of one expression used as a value. */
    private static final class ScalarSubquery<S, T> extends ExprImpl<S, T> {
        private final Subquery subquery;
        private final ExprImpl<?, ?> selected;

        ScalarSubquery(Subquery subquery, ExprImpl<?, ?> selected) {
            this.subquery = subquery;
            this.selected = selected;
        }

        @Override
        ValueType type() {
            return selected.type();
        }

        @Override
        Class<?> enumClass() {
            return selected.enumClass();
        }

        /** Nothing: the subquery checks its own tables when it renders. */
        @Override
        void tables(Consumer<Table<?>> out) {
        }

        @Override
        public void renderTo(SqlBuilder sql) {
            sql.append("(");
            subquery.renderSubquery(sql);
            sql.append(")");
        }

        @Override
        public String toString() {
            return "(" + subquery + ")";
        }
    }
}
