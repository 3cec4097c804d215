package dev.quarry.query;

import dev.quarry.internal.query.Expressions;
import dev.quarry.internal.query.Subqueries;
import dev.quarry.internal.query.Windows;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * SQL functions, aggregates and operators, typed: {@code import static dev.quarry.query.Sql.*}.
 *
 * <pre>{@code
 * db.select(USER)
 *         .select(upper(USER.name), coalesce(USER.bio, "-"), add(USER.age, 1))
 *         .where(length(USER.name).gt(2))
 *         .fetch();
 * }</pre>
 *
 * <p>Types flow through: {@code count} is a {@code Long}; {@code sum} and {@code avg} accept
 * numeric expressions only (summing a text column does not compile) and are exact
 * {@code BigDecimal}s whatever the column's numeric type; {@code sumLong} sums an integer
 * column into a {@code Long}; {@code min}/{@code max} keep the
 * argument's type; {@code lower}/{@code upper}/{@code concat} take and give text. Values are
 * always bound. Anything missing here can be called with {@link #function}.
 */
public final class Sql {
    private Sql() {
    }

    /**
     * {@code COUNT(*)}: the number of rows (of the group).
     *
     * @param <S> the scope, taken from where the expression is used
     * @return the count, a {@code Long}
     */
    public static <S> Expression<S, Long> count() {
        return Expressions.countAll();
    }

    /**
     * {@code COUNT(expression)}: the number of non-null values.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param expression the expression whose non-null values are counted
     * @return the count, a {@code Long}
     */
    public static <S> Expression<S, Long> count(Expression<S, ?> expression) {
        return Expressions.count(expression, false);
    }

    /**
     * {@code COUNT(DISTINCT expression)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param expression the expression whose distinct non-null values are counted
     * @return the count, a {@code Long}
     */
    public static <S> Expression<S, Long> countDistinct(Expression<S, ?> expression) {
        return Expressions.count(expression, true);
    }

    /**
     * {@code SUM(expression)} of a numeric expression, exact; SQL NULL when there are no rows.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param expression the numeric expression to sum
     * @return the sum, a {@code BigDecimal}
     */
    public static <S> Expression<S, BigDecimal> sum(Expression<S, ? extends Number> expression) {
        return Expressions.call("SUM", expression, ValueType.DECIMAL);
    }

    /**
     * {@code SUM(expression)} of an integer ({@code short}, {@code int} or {@code long})
     * expression, read as a {@code Long}: {@code Long years = db.select(USER).select(sumLong(USER.age)).one()}.
     * SQL NULL when there are no rows. The database computes the sum (on PostgreSQL a
     * {@code bigint} for {@code smallint}/{@code integer} columns, a {@code numeric} for
     * {@code bigint} ones); a sum beyond the range of {@code long} is an error, not a wrapped value.
     * Decimal and floating-point expressions take {@link #sum} instead.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param expression the integer expression to sum
     * @return the sum, a {@code Long}
     * @throws IllegalArgumentException if the expression is not of an integer type
     */
    public static <S> Expression<S, Long> sumLong(Expression<S, ? extends Number> expression) {
        return Expressions.sumLong(expression);
    }

    /**
     * {@code AVG(expression)} of a numeric expression.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param expression the numeric expression to average
     * @return the average, a {@code BigDecimal}
     */
    public static <S> Expression<S, BigDecimal> avg(Expression<S, ? extends Number> expression) {
        return Expressions.call("AVG", expression, ValueType.DECIMAL);
    }

    /**
     * {@code MIN(expression)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the type of the value, comparable
     * @param expression the expression to take the minimum of
     * @return the smallest value, of the expression's type
     */
    public static <S, T extends Comparable<? super T>> Expression<S, T> min(Expression<S, T> expression) {
        return Expressions.sameType("MIN", expression);
    }

    /**
     * {@code MAX(expression)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the type of the value, comparable
     * @param expression the expression to take the maximum of
     * @return the largest value, of the expression's type
     */
    public static <S, T extends Comparable<? super T>> Expression<S, T> max(Expression<S, T> expression) {
        return Expressions.sameType("MAX", expression);
    }

    /**
     * {@code COALESCE(expression, ?)}: the expression, or {@code fallback} where it is NULL.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the value
     * @param expression the expression that may be NULL
     * @param fallback the value used where the expression is NULL
     * @return the {@code COALESCE} expression
     */
    public static <S, T> Expression<S, T> coalesce(Expression<S, T> expression, T fallback) {
        return Expressions.coalesce(expression, List.of(Expressions.value(fallback)));
    }

    /**
     * {@code COALESCE(expression, fallback)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the value
     * @param expression the expression that may be NULL
     * @param fallback the value used where the expression is NULL
     * @return the {@code COALESCE} expression
     */
    public static <S, T> Expression<S, T> coalesce(Expression<? extends S, T> expression,
                                                   Expression<? extends S, T> fallback) {
        return Expressions.coalesce(expression, List.of(fallback));
    }

    /**
     * {@code LOWER(text)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param text the text expression
     * @return the lower-case text
     */
    public static <S> Expression<S, String> lower(Expression<S, String> text) {
        return Expressions.call("LOWER", text, ValueType.STRING);
    }

    /**
     * {@code UPPER(text)}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param text the text expression
     * @return the upper-case text
     */
    public static <S> Expression<S, String> upper(Expression<S, String> text) {
        return Expressions.call("UPPER", text, ValueType.STRING);
    }

    /**
     * {@code LENGTH(text)}: the number of characters.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param text the text expression
     * @return the number of characters, an {@code Integer}
     */
    public static <S> Expression<S, Integer> length(Expression<S, String> text) {
        return Expressions.length(text);
    }

    /**
     * {@code (a || b || ...)}: text concatenation; NULL if any part is NULL (use {@link #coalesce}).
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param first the first part
     * @param rest the further parts, in order
     * @return the concatenated text
     */
    @SafeVarargs
    public static <S> Expression<S, String> concat(Expression<? extends S, String> first,
                                                   Expression<? extends S, String>... rest) {
        Expression<?, String>[] parts = Arrays.copyOf(rest, rest.length + 1);
        System.arraycopy(rest, 0, parts, 1, rest.length);
        parts[0] = first;
        return Expressions.concat(Arrays.asList(parts));
    }

    /**
     * {@code CURRENT_TIMESTAMP}: the database's current time.
     *
     * @param <S> the scope, taken from where the expression is used
     * @return the {@code CURRENT_TIMESTAMP} expression, an {@code Instant}
     */
    public static <S> Expression<S, Instant> now() {
        return Expressions.currentTimestamp();
    }

    /**
     * {@code CURRENT_DATE}: the database's current date (in UTC on SQLite).
     *
     * @param <S> the scope, taken from where the expression is used
     * @return the {@code CURRENT_DATE} expression, a {@code LocalDate}
     */
    public static <S> Expression<S, LocalDate> currentDate() {
        return Expressions.keyword("CURRENT_DATE", ValueType.LOCAL_DATE);
    }

    /**
     * {@code left + ?}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the sum expression
     */
    public static <S, N extends Number> Expression<S, N> add(Expression<S, N> left, N right) {
        return Expressions.arithmetic(left, "+", Expressions.value(right));
    }

    /**
     * {@code left + right}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the sum expression
     */
    public static <S, N extends Number> Expression<S, N> add(Expression<? extends S, N> left,
                                                             Expression<? extends S, ? extends N> right) {
        return Expressions.arithmetic(left, "+", right);
    }

    /**
     * {@code left - ?}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the difference expression
     */
    public static <S, N extends Number> Expression<S, N> subtract(Expression<S, N> left, N right) {
        return Expressions.arithmetic(left, "-", Expressions.value(right));
    }

    /**
     * {@code left - right}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the difference expression
     */
    public static <S, N extends Number> Expression<S, N> subtract(Expression<? extends S, N> left,
                                                                  Expression<? extends S, ? extends N> right) {
        return Expressions.arithmetic(left, "-", right);
    }

    /**
     * {@code left * ?}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the product expression
     */
    public static <S, N extends Number> Expression<S, N> multiply(Expression<S, N> left, N right) {
        return Expressions.arithmetic(left, "*", Expressions.value(right));
    }

    /**
     * {@code left * right}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the right operand
     * @return the product expression
     */
    public static <S, N extends Number> Expression<S, N> multiply(Expression<? extends S, N> left,
                                                                  Expression<? extends S, ? extends N> right) {
        return Expressions.arithmetic(left, "*", right);
    }

    /**
     * {@code left / ?}; integer division on integer types, as in SQL.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the divisor
     * @return the quotient expression
     */
    public static <S, N extends Number> Expression<S, N> divide(Expression<S, N> left, N right) {
        return Expressions.arithmetic(left, "/", Expressions.value(right));
    }

    /**
     * {@code left / right}; integer division on integer types, as in SQL.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <N> the numeric type of the result
     * @param left the left operand
     * @param right the divisor
     * @return the quotient expression
     */
    public static <S, N extends Number> Expression<S, N> divide(Expression<? extends S, N> left,
                                                                Expression<? extends S, ? extends N> right) {
        return Expressions.arithmetic(left, "/", right);
    }

    /**
     * {@code CAST(expression AS type)}, to the dialect's SQL type for a Java value type
     * ({@code String.class}, {@code Long.class}, {@code BigDecimal.class}, ...).
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type to cast to
     * @param expression the expression to convert
     * @param type the Java value type whose SQL type the expression is cast to
     * @return the {@code CAST} expression, read as {@code type}
     */
    public static <S, T> Expression<S, T> cast(Expression<S, ?> expression, Class<T> type) {
        return Expressions.cast(expression, type);
    }

    /**
     * Any SQL function, typed: {@code function("abs", Integer.class, USER.age)}. The name must
     * be an identifier ({@code [A-Za-z_][A-Za-z0-9_]*}, optionally {@code schema.name}) and is
     * written as given; arguments are expressions, values through {@link #value}, always bound.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the result
     * @param name the function name, written as given
     * @param type the Java type of the function's result
     * @param arguments the arguments, in order
     * @return the function call expression
     * @throws IllegalArgumentException if the name is not an identifier or the type is not a
     *                                  supported value type
     */
    @SafeVarargs
    public static <S, T> Expression<S, T> function(String name, Class<T> type, Expression<? extends S, ?>... arguments) {
        return Expressions.function(name, type, Arrays.asList(arguments));
    }

    /**
     * A value as an expression, bound as a parameter: {@code concat(USER.name, value("!"))}.
     *
     * @param <S> the scope, taken from where the expression is used
     * @param <T> the Java type of the value
     * @param value the value, not {@code null} (see {@link #nullValue})
     * @return the bound value as an expression
     */
    public static <S, T> Expression<S, T> value(T value) {
        return Expressions.value(value);
    }

    /**
     * SQL NULL of a type, bound as a parameter.
     *
     * @param <S> the scope, taken from where the expression is used
     * @param <T> the Java type of the value
     * @param type the Java type of the value
     * @return a bound SQL NULL
     */
    public static <S, T> Expression<S, T> nullValue(Class<T> type) {
        return Expressions.nullValue(type);
    }

    /**
     * Starts {@code CASE WHEN condition THEN value ...}; the value is bound.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the {@code CASE} value
     * @param condition the condition of the first branch
     * @param value the value when the condition holds
     * @return the {@code CASE} step, to add more branches or {@code otherwise}
     */
    public static <S, T> CaseStep<S, T> when(Condition<S> condition, T value) {
        return Expressions.when(condition, Expressions.value(value));
    }

    /**
     * Starts {@code CASE WHEN condition THEN expression ...}.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the {@code CASE} value
     * @param condition the condition of the first branch
     * @param value the value when the condition holds
     * @return the {@code CASE} step, to add more branches or {@code otherwise}
     */
    public static <S, T> CaseStep<S, T> when(Condition<S> condition, Expression<? extends S, T> value) {
        return Expressions.when(condition, value);
    }

    /**
     * An empty window, {@code OVER ()}, to refine with {@code partitionBy} and {@code orderBy}.
     *
     * @return an empty window
     */
    public static Window window() {
        return Windows.window();
    }

    /**
     * {@code ROW_NUMBER()}: 1, 2, 3, ... in the window's order, restarting in each partition.
     *
     * @return the {@code ROW_NUMBER()} function, to apply with {@code over}
     */
    public static WindowFunction<Long> rowNumber() {
        return Windows.function("ROW_NUMBER", null, null, ValueType.LONG);
    }

    /**
     * {@code RANK()}: the row's rank in the window's order, with gaps after ties (1, 1, 3).
     *
     * @return the {@code RANK()} function, to apply with {@code over}
     */
    public static WindowFunction<Long> rank() {
        return Windows.function("RANK", null, null, ValueType.LONG);
    }

    /**
     * {@code DENSE_RANK()}: the row's rank without gaps after ties (1, 1, 2).
     *
     * @return the {@code DENSE_RANK()} function, to apply with {@code over}
     */
    public static WindowFunction<Long> denseRank() {
        return Windows.function("DENSE_RANK", null, null, ValueType.LONG);
    }

    /**
     * {@code LAG(expression)}: its value on the previous row of the window; NULL on the first.
     *
     * @param <T> the Java type of the value
     * @param expression the expression to read on an earlier row
     * @return the {@code LAG} function, to apply with {@code over}
     */
    public static <T> WindowFunction<T> lag(Expression<?, T> expression) {
        return Windows.function("LAG", expression, null, null);
    }

    /**
     * {@code LAG(expression, ?)}: its value {@code offset} rows before ({@code offset >= 0}).
     *
     * @param <T> the Java type of the value
     * @param expression the expression to read on an earlier row
     * @param offset how many rows before, {@code 0} or more
     * @return the {@code LAG} function, to apply with {@code over}
     */
    public static <T> WindowFunction<T> lag(Expression<?, T> expression, int offset) {
        return Windows.function("LAG", expression, offset, null);
    }

    /**
     * {@code LEAD(expression)}: its value on the next row of the window; NULL on the last.
     *
     * @param <T> the Java type of the value
     * @param expression the expression to read on a later row
     * @return the {@code LEAD} function, to apply with {@code over}
     */
    public static <T> WindowFunction<T> lead(Expression<?, T> expression) {
        return Windows.function("LEAD", expression, null, null);
    }

    /**
     * {@code LEAD(expression, ?)}: its value {@code offset} rows after ({@code offset >= 0}).
     *
     * @param <T> the Java type of the value
     * @param expression the expression to read on a later row
     * @param offset how many rows after, {@code 0} or more
     * @return the {@code LEAD} function, to apply with {@code over}
     */
    public static <T> WindowFunction<T> lead(Expression<?, T> expression, int offset) {
        return Windows.function("LEAD", expression, offset, null);
    }

    /**
     * An aggregate ({@link #sum}, {@link #sumLong}, {@link #count}, {@link #avg}, {@link #min}, {@link #max}) computed
     * over a window instead of a group: {@code over(sum(POST.views), window().partitionBy(POST.authorId))};
     * with an order in the window it is a running total.
     *
     * @param <S> the scope: the entity type whose table the expression reads
     * @param <T> the Java type of the value
     * @param aggregate the aggregate, built by this class
     * @param window the window, built from {@link #window()}
     * @return the aggregate computed over the window
     * @throws IllegalArgumentException if {@code aggregate} is not one of Quarry's aggregates
     */
    public static <S, T> Expression<S, T> over(Expression<S, T> aggregate, Window window) {
        return Windows.over(aggregate, window);
    }

    /**
     * {@code EXISTS (subquery)}: whether the subquery returns a row. The subquery may read the
     * enclosing query's tables (a correlated subquery):
     * {@code db.select(USER).where(exists(db.select(POST).where(POST.authorId.eq(USER.id))))}.
     *
     * @param <S> the scope, taken from where the expression is used
     * @param subquery the subquery
     * @return the {@code EXISTS} condition
     */
    public static <S> Condition<S> exists(SelectStatement subquery) {
        return Subqueries.exists(subquery, false);
    }

    /**
     * {@code NOT EXISTS (subquery)}: whether the subquery returns no row (see {@link #exists}).
     *
     * @param <S> the scope, taken from where the expression is used
     * @param subquery the subquery
     * @return the {@code NOT EXISTS} condition
     */
    public static <S> Condition<S> notExists(SelectStatement subquery) {
        return Subqueries.exists(subquery, true);
    }

    /**
     * {@code (subquery)} as a value: a projection of one expression that returns at most one row
     * (SQL NULL when it returns none), usable in a select list, a condition or an order, and
     * typically correlated: {@code scalar(db.select(POST).select(count()).where(POST.authorId.eq(USER.id)))}.
     * More than one row is an error from the database when the query runs. Its scope is taken
     * from where it is used; at the start of a chained call name it:
     * {@code .where(Sql.<User, Long>scalar(...).gt(2L))}.
     *
     * @param <S> the scope, taken from where the expression is used
     * @param <T> the Java type of the selected expression
     * @param subquery the subquery, selecting one expression
     * @return the subquery's value as an expression
     * @throws IllegalArgumentException if the subquery selects several expressions or maps its rows
     */
    public static <S, T> Expression<S, T> scalar(ResultQuery<?, T> subquery) {
        return Subqueries.scalar(subquery);
    }

    /**
     * {@code (first) AND (second)} over conditions of different tables, for joins; the result
     * has scope {@code Object}, so only a query over several tables accepts it.
     *
     * @param first the first condition
     * @param second the second condition
     * @return a condition true when both are
     */
    public static Condition<Object> and(Condition<?> first, Condition<?> second) {
        return Expressions.junction(first, second, true);
    }

    /**
     * {@code (first) OR (second)} over conditions of different tables, for joins (see {@link #and}).
     *
     * @param first the first condition
     * @param second the second condition
     * @return a condition true when either is
     */
    public static Condition<Object> or(Condition<?> first, Condition<?> second) {
        return Expressions.junction(first, second, false);
    }
}
