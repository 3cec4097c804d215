package dev.quarry.internal.query;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.internal.sql.SqlBuilder;
import dev.quarry.query.Table;
import dev.quarry.spi.ValueType;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An expression written as a sequence of parts: SQL keywords and punctuation (constants of the
 * DSL, never user data), operand expressions, conditions and cast types. Functions, aggregates,
 * arithmetic and {@code CASE} are all templates.
 */
final class TemplateExpr<S, T> extends ExprImpl<S, T> {
    /** An operand rendered in parentheses unless it is one token (for operators). */
    record Operand(ExprImpl<?, ?> expression) {
    }

    /** Text that differs per dialect (such as the operator joining the parts of a concatenation). */
    record DialectText(Function<Dialect, String> text) {
    }

    /** The dialect's SQL type for a value type (for {@code CAST}). */
    record CastType(ValueType type) {
    }

    private final List<Object> parts;
    private final ValueType type;
    private final Class<?> enumClass;
    private final boolean simple;
    private final String description;

    TemplateExpr(List<Object> parts, ValueType type, Class<?> enumClass, boolean simple, String description) {
        this.parts = List.copyOf(parts);
        this.type = type;
        this.enumClass = enumClass;
        this.simple = simple;
        this.description = description;
    }

    @Override
    ValueType type() {
        return type;
    }

    @Override
    Class<?> enumClass() {
        return enumClass;
    }

    @Override
    boolean simple() {
        return simple;
    }

    /** Whether this is one of the aggregates of {@code Sql} ({@code COUNT}, {@code SUM}, {@code AVG}, {@code MIN}, {@code MAX}). */
    boolean aggregate() {
        if (!(parts.get(0) instanceof String first)) {
            return false;
        }
        for (String name : List.of("COUNT(", "SUM(", "AVG(", "MIN(", "MAX(")) {
            if (first.startsWith(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    void tables(Consumer<Table<?>> out) {
        for (Object part : parts) {
            if (part instanceof ExprImpl<?, ?> expression) {
                expression.tables(out);
            } else if (part instanceof Operand operand) {
                operand.expression().tables(out);
            } else if (part instanceof AbstractCondition<?> condition) {
                condition.tables(out);
            }
        }
    }

    @Override
    public void renderTo(SqlBuilder sql) {
        for (Object part : parts) {
            if (part instanceof String keywords) {
                sql.append(keywords);
            } else if (part instanceof ExprImpl<?, ?> expression) {
                expression.renderTo(sql);
            } else if (part instanceof Operand operand) {
                operand.expression().renderOperand(sql);
            } else if (part instanceof AbstractCondition<?> condition) {
                condition.renderTo(sql);
            } else if (part instanceof DialectText text) {
                sql.append(text.text().apply(sql.dialect()));
            } else if (part instanceof CastType cast) {
                sql.append(sql.dialect().castType(cast.type()));
            } else {
                throw new IllegalStateException("unknown template part " + part);
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
