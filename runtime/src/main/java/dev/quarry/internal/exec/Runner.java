package dev.quarry.internal.exec;

import dev.quarry.internal.sql.CopyStream;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.spi.ParameterBinder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs statements on a connection with plain JDBC: prepares, binds through the dialect's
 * binder, reads through its reader, logs when asked and turns every {@link SQLException} into
 * Quarry's exceptions carrying the SQL. Every statement Quarry sends passes through one of its
 * six methods, which first let the N+1 detector count it (and refuse it over the limit).
 */
public final class Runner {
    private final Dialect dialect;
    private final SqlLog log;
    private final StatementRepeats repeats;

    public Runner(Dialect dialect, SqlLog log, StatementRepeats repeats) {
        this.dialect = dialect;
        this.log = log;
        this.repeats = repeats;
    }

    /** The dialect statements are bound and read with. */
    public Dialect dialect() {
        return dialect;
    }

    /** Runs a query and reads its result. */
    public <T> T query(Connection connection, String sql, Binding binding, ResultHandler<T> handler) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        List<Object> values = null;
        String outcome = "failed";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            values = bind(statement, binding, logging);
            try (ResultSet result = statement.executeQuery()) {
                T value = handler.handle(result, dialect.reader(result));
                outcome = null;
                return value;
            }
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        } finally {
            if (logging) {
                log.log(sql, values == null ? List.of() : values, start, outcome);
            }
        }
    }

    /** Runs an {@code INSERT}, {@code UPDATE}, {@code DELETE} or DDL statement; returns the row count. */
    public int update(Connection connection, String sql, Binding binding) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        List<Object> values = null;
        String outcome = "failed";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            values = bind(statement, binding, logging);
            int count = statement.executeUpdate();
            outcome = count + (count == 1 ? " row" : " rows");
            return count;
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        } finally {
            if (logging) {
                log.log(sql, values == null ? List.of() : values, start, outcome);
            }
        }
    }

    /**
     * Runs one {@code INSERT}, {@code UPDATE} or {@code DELETE} once per binding as a JDBC batch
     * (one statement for the N+1 detector and the log); returns the row count of each.
     */
    public int[] batch(Connection connection, String sql, List<Binding> bindings) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        List<Object> values = logging ? new ArrayList<>() : null;
        String outcome = "failed";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Binding binding : bindings) {
                List<Object> row = bind(statement, binding, logging);
                if (logging) {
                    values.add(row);
                }
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            outcome = "batch of " + counts.length;
            return counts;
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        } finally {
            if (logging) {
                log.log(sql, values, start, outcome);
            }
        }
    }

    /** Runs a statement without parameters, such as DDL. */
    public void execute(Connection connection, String sql) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        String outcome = "failed";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            outcome = null;
        } catch (SQLException e) {
            throw dialect.translate(e, sql);
        } finally {
            if (logging) {
                log.log(sql, List.of(), start, outcome);
            }
        }
    }

    /** What a {@link #copy} sends: rows of text for the open stream. */
    @FunctionalInterface
    public interface CopyWork {
        void writeTo(CopyStream stream) throws SQLException;
    }

    /**
     * Runs a {@code COPY ... FROM STDIN} on a dialect that {@linkplain Dialect#hasCopy() has it}:
     * {@code work} writes the rows; returns how many the database took. Counted, logged (without
     * the rows) and translated like any statement; a failure abandons the copy.
     */
    public long copy(Connection connection, String sql, CopyWork work) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        String outcome = "failed";
        CopyStream stream = null;
        try {
            stream = dialect.copyIn(connection, sql);
            if (stream == null) {
                throw new UnsupportedOperationException(dialect.name() + " has no COPY: " + sql);
            }
            work.writeTo(stream);
            long rows = stream.end();
            outcome = rows + (rows == 1 ? " row" : " rows");
            return rows;
        } catch (SQLException e) {
            cancel(stream);
            throw dialect.translate(e, sql);
        } catch (RuntimeException | Error e) {
            cancel(stream);
            throw e;
        } finally {
            if (logging) {
                log.log(sql, List.of(), start, outcome);
            }
        }
    }

    private static void cancel(CopyStream stream) {
        if (stream != null) {
            stream.cancel();
        }
    }

    /**
     * Prepares, binds and executes a query whose rows are read later (a stream), fetching
     * {@linkplain Dialect#streamFetchSize() a part of the rows} at a time where the driver needs
     * to be told; the caller closes the returned cursor.
     */
    public Cursor open(Connection connection, String sql, Binding binding) {
        repeats.check(sql);
        boolean logging = log.enabled();
        long start = logging ? System.nanoTime() : 0L;
        List<Object> values = null;
        String outcome = "failed";
        PreparedStatement statement = null;
        try {
            statement = connection.prepareStatement(sql);
            int fetchSize = dialect.streamFetchSize();
            if (fetchSize > 0) {
                statement.setFetchSize(fetchSize);
            }
            values = bind(statement, binding, logging);
            ResultSet result = statement.executeQuery();
            outcome = "streaming";
            return new Cursor(statement, result, dialect.reader(result), sql, dialect);
        } catch (SQLException e) {
            Cursor.closeQuietly(statement, e);
            throw dialect.translate(e, sql);
        } finally {
            if (logging) {
                log.log(sql, values == null ? List.of() : values, start, outcome);
            }
        }
    }

    private List<Object> bind(PreparedStatement statement, Binding binding, boolean logging) throws SQLException {
        ParameterBinder binder = dialect.binder(statement);
        if (!logging) {
            binding.bind(binder);
            return null;
        }
        RecordingBinder recorder = new RecordingBinder(binder);
        binding.bind(recorder);
        return recorder.values();
    }
}
