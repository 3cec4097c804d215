package dev.quarry.internal.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * PostgreSQL binding: native {@code uuid}, {@code java.time} values through the driver's
 * {@code setObject}, instants as {@code timestamptz} in UTC, truncated to microseconds (the
 * database's precision) so values read back compare equal.
 */
final class PostgresParameterBinder extends DriverTimeParameterBinder {
    PostgresParameterBinder(PreparedStatement statement) {
        super(statement);
    }

    @Override
    public void setUuid(int index, UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.OTHER);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void setInstant(int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
        }
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
        }
    }
}
