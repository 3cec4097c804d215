package dev.quarry.internal.query;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.CursorStreams;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs a rendered statement and reads its rows with a {@link RowFunction}: the ways to take
 * results. Each first {@linkplain #check checks} that the database has the statement's
 * {@code RIGHT} and {@code FULL} joins, wherever in the statement they are, and that a statement
 * that locks rows runs inside a transaction.
 */
final class Results {
    private Results() {
    }

    static <R> List<R> fetch(Engine engine, ConnectionSource source, RenderedSql sql, RowFunction<R> reader) {
        return source.withConnection(connection -> {
            check(engine, connection, sql);
            return engine.runner().query(connection, sql.sql(), sql::bind, (result, row) -> {
                List<R> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(reader.read(row));
                }
                return rows;
            });
        });
    }

    static <R> Optional<R> findOne(Engine engine, ConnectionSource source, RenderedSql sql, RowFunction<R> reader) {
        return source.withConnection(connection -> {
            check(engine, connection, sql);
            return engine.runner().query(connection, sql.sql(), sql::bind, (result, row) -> {
                if (!result.next()) {
                    return Optional.<R>empty();
                }
                R first = reader.read(row);
                if (result.next()) {
                    throw new NonUniqueResultException("more than one row matches a query expected to return at most one: "
                            + sql.sql());
                }
                return Optional.ofNullable(first);
            });
        });
    }

    static <R> R one(Engine engine, ConnectionSource source, RenderedSql sql, RowFunction<R> reader) {
        return findOne(engine, source, sql, reader).orElseThrow(() -> new NoResultException(
                "no row matches the query: " + sql.sql()));
    }

    static <R> Stream<R> stream(Engine engine, ConnectionSource source, RenderedSql sql, RowFunction<R> reader) {
        if (sql.outerJoins() || sql.locks()) {
            source.withConnection(connection -> {
                check(engine, connection, sql);
                return null;
            });
        }
        return CursorStreams.open(engine, source, sql.sql(), sql::bind, reader::read);
    }

    static long count(Engine engine, ConnectionSource source, RenderedSql sql) {
        return source.withConnection(connection -> {
            check(engine, connection, sql);
            return engine.runner().query(connection, sql.sql(), sql::bind,
                    (result, row) -> result.next() ? result.getLong(1) : 0L);
        });
    }

    /** Runs a write without {@code RETURNING}; returns the number of rows it changed. */
    static int update(Engine engine, ConnectionSource source, RenderedSql sql) {
        return source.withConnection(connection -> {
            check(engine, connection, sql);
            return engine.runner().update(connection, sql.sql(), sql::bind);
        });
    }

    /**
     * Checks, before anything runs on {@code connection}, that the database has the
     * {@code RIGHT}/{@code FULL} joins the statement has anywhere ({@link RenderedSql#outerJoins()}),
     * and that a statement that locks rows ({@link RenderedSql#locks()}) runs inside a transaction:
     * in auto-commit mode its locks would end with the statement.
     *
     * @throws UnsupportedOperationException if the database lacks them (SQLite before 3.39)
     * @throws IllegalStateException         if the statement locks rows and {@code connection} is
     *                                       in auto-commit mode
     */
    static void check(Engine engine, Connection connection, RenderedSql sql) {
        if (!sql.outerJoins() && !sql.locks()) {
            return;
        }
        try {
            if (sql.outerJoins()) {
                engine.dialect().checkOuterJoins(connection);
            }
            if (sql.locks() && connection.getAutoCommit()) {
                throw new IllegalStateException("a query that locks rows (FOR UPDATE, FOR SHARE) ran outside a"
                        + " transaction, where its locks would be released as soon as it ends: run it inside"
                        + " db.transaction(tx -> ...) and do the work that needs the rows locked there: " + sql.sql());
            }
        } catch (SQLException e) {
            throw engine.dialect().translate(e, sql.sql());
        }
    }
}
