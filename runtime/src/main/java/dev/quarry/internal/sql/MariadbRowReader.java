package dev.quarry.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** MariaDB reading: UUIDs from their text, {@code java.time} through the driver, {@code DATETIME(6)} instants in UTC. */
final class MariadbRowReader extends DriverTimeRowReader {
    MariadbRowReader(ResultSet result) {
        super(result);
    }

    @Override
    public UUID getUuid(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : UUID.fromString(text);
    }

    @Override
    public Instant getInstant(int index) throws SQLException {
        LocalDateTime value = result.getObject(index, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
        LocalDateTime value = result.getObject(index, LocalDateTime.class);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }
}
