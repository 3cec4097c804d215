package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Cursor;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the rows of a query as its rows are read. The stream holds a connection (outside a
 * transaction) and a cursor; both are released when the stream is closed, read to its end, or
 * fails.
 */
final class EntityStreams {
    private EntityStreams() {
    }

    static <E> Stream<E> open(Engine engine, ConnectionSource source, RenderedSql sql, RowFunction<E> mapper) {
        ConnectionSource.Lease lease = source.lease();
        Cursor cursor;
        try {
            cursor = engine.runner().open(lease.connection(), sql.sql(), sql::bind);
        } catch (RuntimeException | Error e) {
            lease.close();
            throw e;
        }
        Rows<E> rows = new Rows<>(lease, cursor, mapper);
        return StreamSupport.stream(rows, false).onClose(rows::close);
    }

    /** The rows of an open cursor, closing it and its lease at the end. */
    private static final class Rows<E> extends Spliterators.AbstractSpliterator<E> {
        private final ConnectionSource.Lease lease;
        private final Cursor cursor;
        private final RowFunction<E> mapper;
        private boolean closed;

        Rows(ConnectionSource.Lease lease, Cursor cursor, RowFunction<E> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.lease = lease;
            this.cursor = cursor;
            this.mapper = mapper;
        }

        @Override
        public boolean tryAdvance(Consumer<? super E> action) {
            if (closed) {
                return false;
            }
            E entity;
            try {
                if (!cursor.next()) {
                    close();
                    return false;
                }
                entity = mapper.read(cursor.row());
            } catch (SQLException e) {
                RuntimeException failure = cursor.translate(e);
                closeAfter(failure);
                throw failure;
            } catch (RuntimeException | Error e) {
                closeAfter(e);
                throw e;
            }
            action.accept(entity);
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
