package dev.quarry.internal.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * MariaDB binding: UUIDs as their text (the {@code UUID} type reads it), {@code java.time} values
 * through the driver's {@code setObject}, instants and offset date-times as the UTC
 * {@code LocalDateTime} a {@code DATETIME(6)} holds, truncated to microseconds (the column's
 * precision) so values read back compare equal.
 */
final class MariadbParameterBinder extends DriverTimeParameterBinder {
    MariadbParameterBinder(PreparedStatement statement) {
        super(statement);
    }

    @Override
    public void setUuid(int index, UUID value) throws SQLException {
        setString(index, value == null ? null : value.toString());
    }

    @Override
    public void setInstant(int index, Instant value) throws SQLException {
        setLocalDateTime(index, value == null ? null : LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
        setInstant(index, value == null ? null : value.toInstant());
    }
}
