package dev.quarry.internal.sql;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * SQLite binding: booleans as 0/1, decimals as numbers (an INTEGER when whole and in the 64-bit
 * range, else the nearest REAL: see {@link SqliteDecimals}), UUIDs as text, temporal values as
 * sortable ISO-8601 text (see {@link SqliteTime}), truncated to microseconds.
 */
final class SqliteParameterBinder extends JdbcParameterBinder {
    SqliteParameterBinder(PreparedStatement statement) {
        super(statement);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        statement.setInt(index, value ? 1 : 0);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value ? 1 : 0);
        }
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
            return;
        }
        Number stored = SqliteDecimals.storageValue(value);
        if (stored instanceof Long whole) {
            statement.setLong(index, whole);
        } else {
            statement.setDouble(index, stored.doubleValue());
        }
    }

    @Override
    public void setUuid(int index, UUID value) throws SQLException {
        setString(index, value == null ? null : value.toString());
    }

    @Override
    public void setLocalDate(int index, LocalDate value) throws SQLException {
        setString(index, value == null ? null : SqliteTime.format(value));
    }

    @Override
    public void setLocalTime(int index, LocalTime value) throws SQLException {
        setString(index, value == null ? null : SqliteTime.format(value.truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
        setString(index, value == null ? null : SqliteTime.format(value.truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public void setInstant(int index, Instant value) throws SQLException {
        setString(index, value == null ? null : SqliteTime.format(value));
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
        setString(index, value == null ? null : SqliteTime.format(value));
    }
}
