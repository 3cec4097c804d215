package dev.quarry.internal.sql;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * {@code COPY ... FROM STDIN} through the PostgreSQL driver's copy API, on the driver's own
 * connection behind the pool's. A class of its own so that the driver's classes load only when
 * a copy runs.
 */
final class PostgresCopy implements CopyStream {
    private final CopyIn copy;

    private PostgresCopy(CopyIn copy) {
        this.copy = copy;
    }

    /** Starts {@code sql}, a {@code COPY ... FROM STDIN}, on {@code connection}. */
    static CopyStream start(Connection connection, String sql) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        return new PostgresCopy(postgres.getCopyAPI().copyIn(sql));
    }

    @Override
    public void write(String rows) throws SQLException {
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
    }

    @Override
    public long end() throws SQLException {
        return copy.endCopy();
    }

    @Override
    public void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the copy failed already; the connection reports its state on the next use
        }
    }
}
