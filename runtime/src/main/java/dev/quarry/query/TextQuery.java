package dev.quarry.query;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Raw SQL with named parameters, for what the DSL does not say: {@code :name} in the text is a
 * parameter (not inside quotes or comments, and not PostgreSQL's {@code ::} cast). Values are
 * always bound, never written into the SQL. Immutable: {@code bind} returns a new query.
 *
 * <pre>{@code
 * List<User> older = db.text("select * from users where age > :age order by name")
 *         .bind("age", 30)
 *         .as(USER)
 *         .fetch();
 * List<NameAge> rows = db.text("select name, age from users where name like :p")
 *         .bind("p", "A%")
 *         .as(String.class, Integer.class, NameAge::new)
 *         .fetch();
 * }</pre>
 *
 * <p>Binding a name the text does not have fails at once; running with a parameter left
 * unbound fails before anything is sent to the database. Both errors name the parameters.
 */
public interface TextQuery {
    /**
     * Binds {@code value} to every {@code :name} of the text; its Java type decides how it is
     * bound (the types of entity columns: Integer, String, Instant, an enum, ...).
     *
     * @param name the parameter name, without the colon
     * @param value the value; not {@code null} (see {@link #bindNull})
     * @return a new query with the value bound
     * @throws IllegalArgumentException if the text has no parameter {@code name}, or the value's
     *                                  type is not a SQL value type
     * @throws NullPointerException     if {@code value} is {@code null}: use {@link #bindNull}
     */
    TextQuery bind(String name, Object value);

    /**
     * Binds SQL NULL of a Java type to {@code :name}.
     *
     * @param name the parameter name, without the colon
     * @param type the Java type of the NULL
     * @return a new query with the NULL bound
     */
    TextQuery bindNull(String name, Class<?> type);

    /**
     * The parameter names of the text, in order of first appearance.
     *
     * @return the parameter names
     */
    List<String> parameterNames();

    /**
     * Reads each row as an entity of {@code table}: the query must return the table's columns in
     * its order ({@code select * from} a table Quarry created, or the columns listed); this is
     * checked against the result's column names before the first row is read.
     *
     * @param <E> the entity type
     * @param table the entity table whose columns the query returns
     * @return the query's rows, read as asked, to fetch
     */
    <E> TextResult<E> as(EntityTable<E, ?> table);

    /**
     * Reads the first column of each row as a {@code type}.
     *
     * @param <A> the type of the column
     * @param type the Java type of the column
     * @return the query's rows, read as asked, to fetch
     */
    <A> TextResult<A> as(Class<A> type);

    /**
     * Reads the first 2 columns of each row into {@link Tuple2}s.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param first the Java type of the first column
     * @param second the Java type of the second column
     * @return the query's rows, read as asked, to fetch
     */
    <A, B> TextResult<Tuple2<A, B>> as(Class<A> first, Class<B> second);

    /**
     * Reads the first 3 columns of each row into {@link Tuple3}s.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param first the Java type of the first column
     * @param second the Java type of the second column
     * @param third the Java type of the third column
     * @return the query's rows, read as asked, to fetch
     */
    <A, B, C> TextResult<Tuple3<A, B, C>> as(Class<A> first, Class<B> second, Class<C> third);

    /**
     * Reads the first 2 columns of each row into a user type, typically a record: {@code NameAge::new}.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <R> the user type
     * @param first the Java type of the first column
     * @param second the Java type of the second column
     * @param constructor builds a user value from each row's values
     * @return the query's rows, read as asked, to fetch
     */
    <A, B, R> TextResult<R> as(Class<A> first, Class<B> second, BiFunction<? super A, ? super B, ? extends R> constructor);

    /**
     * Reads the first 3 columns of each row into a user type, typically a record.
     *
     * @param <A> the type of the first column
     * @param <B> the type of the second column
     * @param <C> the type of the third column
     * @param <R> the user type
     * @param first the Java type of the first column
     * @param second the Java type of the second column
     * @param third the Java type of the third column
     * @param constructor builds a user value from each row's values
     * @return the query's rows, read as asked, to fetch
     */
    <A, B, C, R> TextResult<R> as(Class<A> first, Class<B> second, Class<C> third,
                                  Function3<? super A, ? super B, ? super C, ? extends R> constructor);

    /**
     * Runs the text as a statement that returns no rows and returns the number of rows it changed.
     *
     * @return the number of rows changed
     */
    int execute();

    /**
     * The SQL sent to the database: the text with {@code ?} for each parameter.
     *
     * @return the SQL text
     */
    String toSql();
}
