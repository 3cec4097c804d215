package dev.quarry.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** PostgreSQL reading: native {@code uuid}, {@code java.time} through the driver, {@code timestamptz} in UTC. */
final class PostgresRowReader extends DriverTimeRowReader {
    PostgresRowReader(ResultSet result) {
        super(result);
    }

    @Override
    public UUID getUuid(int index) throws SQLException {
        return result.getObject(index, UUID.class);
    }

    @Override
    public Instant getInstant(int index) throws SQLException {
        OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
        OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
