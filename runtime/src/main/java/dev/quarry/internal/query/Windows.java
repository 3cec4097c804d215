package dev.quarry.internal.query;

import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Expression;
import dev.quarry.query.Sort;
import dev.quarry.query.Table;
import dev.quarry.query.Window;
import dev.quarry.query.WindowFunction;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** Window functions and their windows, behind {@link dev.quarry.query.Sql}. */
public final class Windows {
    private Windows() {
    }

    /** An empty window. */
    public static Window window() {
        return new WindowImpl(List.of(), List.of());
    }

    /**
     * A window function {@code NAME([argument[, ?]])}, typed as {@code type} or, when that is
     * {@code null}, as the argument.
     */
    public static <T> WindowFunction<T> function(String name, Expression<?, ?> argument, Integer offset,
                                                       ValueType type) {
        List<Object> parts = new ArrayList<>();
        ExprImpl<?, ?> impl = argument == null ? null : ExprImpl.impl(argument);
        if (offset != null && offset < 0) {
            throw new IllegalArgumentException(name.toLowerCase(java.util.Locale.ROOT) + " needs an offset >= 0 (was "
                    + offset + ")");
        }
        parts.add(name + "(");
        if (impl != null) {
            parts.add(impl);
        }
        if (offset != null) {
            parts.add(", ");
            parts.add(new ValueExpr<>(offset, ValueType.INT, null));
        }
        parts.add(")");
        TemplateExpr<Object, T> function = new TemplateExpr<>(parts, type != null ? type : impl.type(),
                type != null ? null : impl.enumClass(), true, name.toLowerCase(java.util.Locale.ROOT) + "(...)");
        return new WindowFunction<>() {
            @Override
            public <S> Expression<S, T> over(Window window) {
                return new WindowExpr<>(function, WindowImpl.impl(window));
            }
        };
    }

    /** An aggregate over a window. */
    public static <S, T> Expression<S, T> over(Expression<S, T> aggregate, Window window) {
        ExprImpl<S, T> impl = ExprImpl.impl(aggregate);
        if (!(impl instanceof TemplateExpr<?, ?> template) || !template.aggregate()) {
            throw new IllegalArgumentException("over(aggregate, window) takes count, sum, avg, min or max, not " + impl
                    + "; window functions have their own over: rowNumber().over(window)");
        }
        return new WindowExpr<>(impl, WindowImpl.impl(window));
    }

    /** The partitions and order of a window. */
    private record WindowImpl(List<ExprImpl<?, ?>> partitions, List<SortImpl<?>> sorts) implements Window {
        static WindowImpl impl(Window window) {
            Objects.requireNonNull(window, "window");
            if (window instanceof WindowImpl impl) {
                return impl;
            }
            throw new IllegalArgumentException("not a window built by Sql.window(): " + window);
        }

        @Override
        public Window partitionBy(Expression<?, ?>... expressions) {
            List<ExprImpl<?, ?>> added = new ArrayList<>(partitions);
            for (Expression<?, ?> expression : expressions) {
                added.add(ExprImpl.impl(expression));
            }
            return new WindowImpl(List.copyOf(added), sorts);
        }

        @Override
        public Window orderBy(Sort<?>... added) {
            List<SortImpl<?>> combined = new ArrayList<>(sorts);
            combined.addAll(SelectQueryImpl.sorts(List.of(added)));
            return new WindowImpl(partitions, List.copyOf(combined));
        }

        void renderTo(SqlBuilder sql) {
            sql.append(" OVER (");
            for (int i = 0; i < partitions.size(); i++) {
                sql.append(i == 0 ? "PARTITION BY " : ", ");
                partitions.get(i).renderTo(sql);
            }
            for (int i = 0; i < sorts.size(); i++) {
                sql.append(i == 0 ? (partitions.isEmpty() ? "ORDER BY " : " ORDER BY ") : ", ");
                sorts.get(i).renderTo(sql);
            }
            sql.append(")");
        }

        void tables(Consumer<Table<?>> out) {
            partitions.forEach(expression -> expression.tables(out));
            sorts.forEach(sort -> sort.tables(out));
        }
    }

    /** {@code function OVER (window)}. */
    private static final class WindowExpr<S, T> extends ExprImpl<S, T> {
        private final ExprImpl<?, ?> function;
        private final WindowImpl window;

        WindowExpr(ExprImpl<?, ?> function, WindowImpl window) {
            this.function = function;
            this.window = window;
        }

        @Override
        ValueType type() {
            return function.type();
        }

        @Override
        Class<?> enumClass() {
            return function.enumClass();
        }

        @Override
        boolean simple() {
            return false;
        }

        @Override
        void tables(Consumer<Table<?>> out) {
            function.tables(out);
            window.tables(out);
        }

        @Override
        public void renderTo(SqlBuilder sql) {
            function.renderTo(sql);
            window.renderTo(sql);
        }

        @Override
        public String toString() {
            return function + " over (...)";
        }
    }
}
