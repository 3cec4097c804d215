package dev.quarry.internal.query;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.query.CaseStep;
import dev.quarry.query.Condition;
import dev.quarry.query.Expression;
import dev.quarry.spi.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The functions, aggregates and operators behind {@link dev.quarry.query.Sql}. */
public final class Expressions {
    /** A function name: an identifier, optionally schema-qualified; nothing else reaches the SQL. */
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    private Expressions() {
    }

    /** A bound value. */
    public static <S, T> Expression<S, T> value(T value) {
        Objects.requireNonNull(value, "value: use Sql.nullValue(type) for SQL NULL");
        Class<?> type = ValueTypes.classOf(value);
        return new ValueExpr<>(value, ValueTypes.of(type), ValueTypes.enumClassOf(value));
    }

    /** A bound SQL NULL of a type. */
    public static <S, T> Expression<S, T> nullValue(Class<T> type) {
        return new ValueExpr<>(null, ValueTypes.of(type), type.isEnum() ? type : null);
    }

    /** {@code COUNT(*)}. */
    public static <S> Expression<S, Long> countAll() {
        return new TemplateExpr<>(List.of("COUNT(*)"), ValueType.LONG, null, true, "count(*)");
    }

    /** {@code COUNT(expression)} or {@code COUNT(DISTINCT expression)}. */
    public static <S> Expression<S, Long> count(Expression<?, ?> expression, boolean distinct) {
        ExprImpl<?, ?> impl = ExprImpl.impl(expression);
        return new TemplateExpr<>(List.of(distinct ? "COUNT(DISTINCT " : "COUNT(", impl, ")"), ValueType.LONG, null,
                true, (distinct ? "countDistinct(" : "count(") + impl + ")");
    }

    /** An aggregate or function of one argument with a fixed result type. */
    public static <S, T> Expression<S, T> call(String sqlName, Expression<?, ?> argument, ValueType result) {
        ExprImpl<?, ?> impl = ExprImpl.impl(argument);
        return new TemplateExpr<>(List.of(sqlName + "(", impl, ")"), result, null, true,
                sqlName.toLowerCase(java.util.Locale.ROOT) + "(" + impl + ")");
    }

    /** The number of characters of a string: {@code LENGTH(text)}, or the dialect's name for it. */
    public static <S> Expression<S, Integer> length(Expression<?, String> text) {
        ExprImpl<?, ?> impl = ExprImpl.impl(text);
        return new TemplateExpr<>(List.of(new TemplateExpr.DialectText(Dialect::lengthFunction), "(", impl, ")"),
                ValueType.INT, null, true, "length(" + impl + ")");
    }

    /**
     * {@code SUM(expression)} of an integer expression, read as a {@code Long}.
     *
     * @throws IllegalArgumentException if the expression is not of an integer type
     */
    public static <S> Expression<S, Long> sumLong(Expression<?, ? extends Number> argument) {
        ExprImpl<?, ?> impl = ExprImpl.impl(argument);
        ValueType type = impl.type();
        if (type != ValueType.SHORT && type != ValueType.INT && type != ValueType.LONG) {
            throw new IllegalArgumentException("sumLong(" + impl + ") sums short, int or long expressions, not "
                    + type + ": use sum(...) for an exact BigDecimal sum");
        }
        return new TemplateExpr<>(List.of("SUM(", impl, ")"), ValueType.LONG, null, true, "sumLong(" + impl + ")");
    }

    /** An aggregate or function of one argument whose result has the argument's type. */
    public static <S, T> Expression<S, T> sameType(String sqlName, Expression<?, T> argument) {
        ExprImpl<?, T> impl = ExprImpl.impl(argument);
        return new TemplateExpr<>(List.of(sqlName + "(", impl, ")"), impl.type(), impl.enumClass(), true,
                sqlName.toLowerCase(java.util.Locale.ROOT) + "(" + impl + ")");
    }

    /** {@code COALESCE(first, second, ...)}, typed as the first. */
    public static <S, T> Expression<S, T> coalesce(Expression<?, T> first, List<? extends Expression<?, ? extends T>> rest) {
        ExprImpl<?, T> head = ExprImpl.impl(first);
        List<Object> parts = new ArrayList<>();
        parts.add("COALESCE(");
        parts.add(head);
        for (Expression<?, ? extends T> next : rest) {
            parts.add(", ");
            parts.add(ExprImpl.impl(next));
        }
        parts.add(")");
        return new TemplateExpr<>(parts, head.type(), head.enumClass(), true, "coalesce(" + head + ", ...)");
    }

    /** {@code (a || b || ...)}, or the dialect's spelling of it ({@code CONCAT(a, b, ...)}). */
    public static <S> Expression<S, String> concat(List<? extends Expression<?, String>> parts) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("concat needs at least two expressions (was " + parts.size() + ")");
        }
        List<Object> template = new ArrayList<>();
        template.add(new TemplateExpr.DialectText(Dialect::concatOpen));
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                template.add(new TemplateExpr.DialectText(Dialect::concatSeparator));
            }
            template.add(new TemplateExpr.Operand(ExprImpl.impl(parts.get(i))));
        }
        template.add(new TemplateExpr.DialectText(Dialect::concatClose));
        return new TemplateExpr<>(template, ValueType.STRING, null, false, "concat(...)");
    }

    /** A keyword expression without arguments, such as {@code CURRENT_TIMESTAMP}. */
    public static <S, T> Expression<S, T> keyword(String keyword, ValueType type) {
        return new TemplateExpr<>(List.of(keyword), type, null, true, keyword.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code CURRENT_TIMESTAMP}, or the dialect's spelling of it with its fractional seconds. */
    public static <S> Expression<S, java.time.Instant> currentTimestamp() {
        return new TemplateExpr<>(List.of(new TemplateExpr.DialectText(Dialect::currentTimestamp)), ValueType.INSTANT,
                null, true, "current_timestamp");
    }

    /**
     * {@code left <operator> right} for arithmetic; typed as the left operand. The division of two
     * integers is the dialect's integer division (as in SQL's {@code /} of integers).
     */
    public static <S, N> Expression<S, N> arithmetic(Expression<?, N> left, String operator, Expression<?, ?> right) {
        ExprImpl<?, N> l = ExprImpl.impl(left);
        ExprImpl<?, ?> r = ExprImpl.impl(right);
        Object between = operator.equals("/") && integer(l.type()) && integer(r.type())
                ? new TemplateExpr.DialectText(Dialect::integerDivision) : " " + operator + " ";
        return new TemplateExpr<>(List.of(new TemplateExpr.Operand(l), between, new TemplateExpr.Operand(r)),
                l.type(), null, false, l + " " + operator + " " + r);
    }

    private static boolean integer(ValueType type) {
        return type == ValueType.SHORT || type == ValueType.INT || type == ValueType.LONG;
    }

    /** {@code CAST(expression AS type)}. */
    public static <S, T> Expression<S, T> cast(Expression<?, ?> expression, Class<T> type) {
        ExprImpl<?, ?> impl = ExprImpl.impl(expression);
        ValueType valueType = ValueTypes.of(type);
        return new TemplateExpr<>(List.of("CAST(", impl, " AS ", new TemplateExpr.CastType(valueType), ")"), valueType,
                type.isEnum() ? type : null, true, "cast(" + impl + " as " + type.getSimpleName() + ")");
    }

    /** Any SQL function: {@code name(arguments)}; the name must be a plain identifier. */
    public static <S, T> Expression<S, T> function(String name, Class<T> type, List<? extends Expression<?, ?>> arguments) {
        Objects.requireNonNull(name, "name");
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a function name: use letters, digits and"
                    + " underscores (optionally schema.name); pass values as arguments, they are bound");
        }
        ValueType valueType = ValueTypes.of(type);
        List<Object> parts = new ArrayList<>();
        parts.add(name + "(");
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                parts.add(", ");
            }
            parts.add(ExprImpl.impl(arguments.get(i)));
        }
        parts.add(")");
        return new TemplateExpr<>(parts, valueType, type.isEnum() ? type : null, true, name + "(...)");
    }

    /** {@code first AND second} or {@code first OR second}, of any scopes. */
    public static Condition<Object> junction(Condition<?> first, Condition<?> second, boolean and) {
        return Junction.of(and ? Junction.Kind.AND : Junction.Kind.OR, AbstractCondition.impl(first),
                AbstractCondition.impl(second));
    }

    /** The first branch of a {@code CASE}. */
    public static <S, T> CaseStep<S, T> when(Condition<?> condition, Expression<?, T> value) {
        return new CaseBuilder<S, T>(List.of()).branch(condition, value);
    }

    /** The branches of a {@code CASE} written so far; immutable. */
    private static final class CaseBuilder<S, T> implements CaseStep<S, T> {
        private final List<Object> branches;

        CaseBuilder(List<Object> branches) {
            this.branches = branches;
        }

        @Override
        public CaseStep<S, T> when(Condition<? extends S> condition, T value) {
            return when(condition, Expressions.<S, T>value(value));
        }

        @Override
        public CaseStep<S, T> when(Condition<? extends S> condition, Expression<? extends S, T> value) {
            return branch(condition, value);
        }

        CaseStep<S, T> branch(Condition<?> condition, Expression<?, T> value) {
            List<Object> added = new ArrayList<>(branches);
            added.add(" WHEN ");
            added.add(AbstractCondition.impl(condition));
            added.add(" THEN ");
            added.add(ExprImpl.impl(value));
            return new CaseBuilder<>(List.copyOf(added));
        }

        @Override
        public Expression<S, T> otherwise(T value) {
            return otherwise(Expressions.<S, T>value(value));
        }

        @Override
        public Expression<S, T> otherwise(Expression<? extends S, T> value) {
            List<Object> parts = new ArrayList<>(branches);
            parts.add(" ELSE ");
            parts.add(ExprImpl.impl(value));
            return end(parts);
        }

        @Override
        public Expression<S, T> end() {
            return end(new ArrayList<>(branches));
        }

        private Expression<S, T> end(List<Object> parts) {
            ExprImpl<?, ?> first = (ExprImpl<?, ?>) parts.get(3);
            parts.add(0, "CASE");
            parts.add(" END");
            return new TemplateExpr<>(parts, first.type(), first.enumClass(), true, "case ...");
        }
    }
}
