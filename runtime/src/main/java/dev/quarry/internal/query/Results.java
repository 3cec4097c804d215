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

/** Runs a rendered query and reads its rows with a {@link RowFunction}: the ways to take results. */
final class Results {
    private Results() {
    }

    static <R> List<R> fetch(Engine engine, ConnectionSource source, RenderedSql sql, boolean outerJoins,
                             RowFunction<R> reader) {
        return source.withConnection(connection -> {
            check(engine, connection, outerJoins, sql);
            return engine.runner().query(connection, sql.sql(), sql::bind, (result, row) -> {
                List<R> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(reader.read(row));
                }
                return rows;
            });
        });
    }

    static <R> Optional<R> findOne(Engine engine, ConnectionSource source, RenderedSql sql, boolean outerJoins,
                                   RowFunction<R> reader) {
        return source.withConnection(connection -> {
            check(engine, connection, outerJoins, sql);
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

    static <R> R one(Engine engine, ConnectionSource source, RenderedSql sql, boolean outerJoins, RowFunction<R> reader) {
        return findOne(engine, source, sql, outerJoins, reader).orElseThrow(() -> new NoResultException(
                "no row matches the query: " + sql.sql()));
    }

    static <R> Stream<R> stream(Engine engine, ConnectionSource source, RenderedSql sql, boolean outerJoins,
                                RowFunction<R> reader) {
        if (outerJoins) {
            source.withConnection(connection -> {
                check(engine, connection, true, sql);
                return null;
            });
        }
        return CursorStreams.open(engine, source, sql.sql(), sql::bind, reader::read);
    }

    static long count(Engine engine, ConnectionSource source, RenderedSql sql, boolean outerJoins) {
        return source.withConnection(connection -> {
            check(engine, connection, outerJoins, sql);
            return engine.runner().query(connection, sql.sql(), sql::bind,
                    (result, row) -> result.next() ? result.getLong(1) : 0L);
        });
    }

    /** Checks, before anything runs, that the database has the query's RIGHT/FULL joins. */
    static void check(Engine engine, Connection connection, boolean outerJoins, RenderedSql sql) {
        if (!outerJoins) {
            return;
        }
        try {
            engine.dialect().checkOuterJoins(connection);
        } catch (SQLException e) {
            throw engine.dialect().translate(e, sql.sql());
        }
    }
}
