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
     * @throws IllegalArgumentException if the text has no parameter {@code name}, or the value's
     *                                  type is not a SQL value type
     * @throws NullPointerException     if {@code value} is {@code null}: use {@link #bindNull}
     */
    TextQuery bind(String name, Object value);

    /** Binds SQL NULL of a Java type to {@code :name}. */
    TextQuery bindNull(String name, Class<?> type);

    /** The parameter names of the text, in order of first appearance. */
    List<String> parameterNames();

    /**
     * Reads each row as an entity of {@code table}: the query must return the table's columns in
     * its order ({@code select * from} a table Quarry created, or the columns listed); this is
     * checked against the result's column names before the first row is read.
     */
    <E> TextResult<E> as(EntityTable<E, ?> table);

    /** Reads the first column of each row as a {@code type}. */
    <A> TextResult<A> as(Class<A> type);

    /** Reads the first 2 columns of each row into {@link Tuple2}s. */
    <A, B> TextResult<Tuple2<A, B>> as(Class<A> first, Class<B> second);

    /** Reads the first 3 columns of each row into {@link Tuple3}s. */
    <A, B, C> TextResult<Tuple3<A, B, C>> as(Class<A> first, Class<B> second, Class<C> third);

    /** Reads the first 2 columns of each row into a user type, typically a record: {@code NameAge::new}. */
    <A, B, R> TextResult<R> as(Class<A> first, Class<B> second, BiFunction<? super A, ? super B, ? extends R> constructor);

    /** Reads the first 3 columns of each row into a user type, typically a record. */
    <A, B, C, R> TextResult<R> as(Class<A> first, Class<B> second, Class<C> third,
                                  Function3<? super A, ? super B, ? super C, ? extends R> constructor);

    /** Runs the text as a statement that returns no rows and returns the number of rows it changed. */
    int execute();

    /** The SQL sent to the database: the text with {@code ?} for each parameter. */
    String toSql();
}
