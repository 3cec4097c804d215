package dev.quarry.internal.repository;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.CursorStreams;
import dev.quarry.internal.exec.Engine;
import dev.quarry.spi.ParameterBinding;
import dev.quarry.spi.RowMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the SQL of {@code @Query} methods, which the processor checked and turned into JDBC
 * text with {@code ?} parameters at compile time. Statements join the current thread's
 * transaction, if any.
 */
public final class HandWrittenSql {
    private final Engine engine;

    HandWrittenSql(Engine engine) {
        this.engine = engine;
    }

    /** Every row, mapped. */
    public <T> List<T> list(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return engine.withConnection(connection -> engine.runner().query(connection, sql, binding::bind,
                (result, row) -> {
                    List<T> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(mapping.map(row));
                    }
                    return rows;
                }));
    }

    /** The only row, if any; several rows are an error. */
    public <T> Optional<T> optional(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return engine.withConnection(connection -> engine.runner().query(connection, sql, binding::bind,
                (result, row) -> {
                    if (!result.next()) {
                        return Optional.<T>empty();
                    }
                    T first = mapping.map(row);
                    if (result.next()) {
                        throw new NonUniqueResultException("more than one row returned by a query expected to return"
                                + " at most one: " + sql);
                    }
                    return Optional.ofNullable(first);
                }));
    }

    /** The only row; none or several rows are an error. */
    public <T> T one(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return engine.withConnection(connection -> engine.runner().query(connection, sql, binding::bind,
                (result, row) -> {
                    if (!result.next()) {
                        throw new NoResultException("no row returned by a query expected to return one: " + sql);
                    }
                    T first = mapping.map(row);
                    if (result.next()) {
                        throw new NonUniqueResultException("more than one row returned by a query expected to return"
                                + " one: " + sql);
                    }
                    return first;
                }));
    }

    /** The number of rows an {@code INSERT}, {@code UPDATE} or {@code DELETE} changed. */
    public int execute(String sql, ParameterBinding binding) {
        return engine.withConnection(connection -> engine.runner().update(connection, sql, binding::bind));
    }

    /** The rows as they are read; the stream holds a connection until it is closed or read to its end. */
    public <T> Stream<T> stream(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return CursorStreams.open(engine, engine, sql, binding::bind, mapping);
    }
}
