package dev.quarry.internal.exec;

import dev.quarry.spi.RowMapping;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the rows of a query as they are read, for the DSL and for hand-written repository
 * SQL alike. The stream holds a connection (outside a transaction) and a cursor; both are
 * released when the stream is closed, read to its end, or fails.
 */
public final class CursorStreams {
    private CursorStreams() {
    }

    /** Runs {@code sql} on a connection leased from {@code source} and streams its mapped rows. */
    public static <T> Stream<T> open(Engine engine, ConnectionSource source, String sql, Binding binding,
            RowMapping<T> mapping) {
        ConnectionSource.Lease lease = source.lease();
        Cursor cursor;
        try {
            cursor = engine.runner().open(lease.connection(), sql, binding);
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
