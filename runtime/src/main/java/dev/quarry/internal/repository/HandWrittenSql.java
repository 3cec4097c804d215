package dev.quarry.internal.repository;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Cursor;
import dev.quarry.internal.exec.Engine;
import dev.quarry.spi.ParameterBinding;
import dev.quarry.spi.RowMapping;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
        ConnectionSource.Lease lease = engine.lease();
        Cursor cursor;
        try {
            cursor = engine.runner().open(lease.connection(), sql, binding::bind);
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
        Rows<T> rows = new Rows<>(lease, cursor, mapping);
        return StreamSupport.stream(rows, false).onClose(rows::close);
    }

    /** The rows of an open cursor, closing it and its lease at the end. */
    private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {
        private final ConnectionSource.Lease lease;
        private final Cursor cursor;
        private final RowMapping<T> mapping;
        private boolean closed;

        Rows(ConnectionSource.Lease lease, Cursor cursor, RowMapping<T> mapping) {
            super(Long.MAX_VALUE, Spliterator.ORDERED);
            this.lease = lease;
            this.cursor = cursor;
            this.mapping = mapping;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            T value;
            try {
                if (!cursor.next()) {
                    close();
                    return false;
                }
                value = mapping.map(cursor.row());
            } catch (SQLException e) {
                RuntimeException failure = cursor.translate(e);
                closeAfter(failure);
                throw failure;
            } catch (RuntimeException | Error e) {
                closeAfter(e);
                throw e;
            }
            action.accept(value);
            return true;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                cursor.close();
            } finally {
                lease.close();
            }
        }

        private void closeAfter(Throwable failure) {
            try {
                close();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
