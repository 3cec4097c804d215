package dev.quarry.internal.sql;

import dev.quarry.exception.MappingException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** SQLite reading: the inverse of {@link SqliteParameterBinder}, lenient about temporal text forms. */
final class SqliteRowReader extends JdbcRowReader {
    SqliteRowReader(ResultSet result) {
        super(result);
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        int value = result.getInt(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "boolean");
        }
        return value != 0;
    }

    @Override
    public Boolean getBooleanOrNull(int index) throws SQLException {
        int value = result.getInt(index);
        return value == 0 && result.wasNull() ? null : value != 0;
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        String text = result.getString(index);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new MappingException("column " + label(index) + " holds '" + text + "', which is not a decimal", e);
        }
    }

    @Override
    public UUID getUuid(int index) throws SQLException {
        String text = result.getString(index);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MappingException("column " + label(index) + " holds '" + text + "', which is not a UUID", e);
        }
    }

    @Override
    public LocalDate getLocalDate(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : SqliteTime.parseDate(text);
    }

    @Override
    public LocalTime getLocalTime(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : SqliteTime.parseTime(text);
    }

    @Override
    public LocalDateTime getLocalDateTime(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : SqliteTime.parseDateTime(text);
    }

    @Override
    public Instant getInstant(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : SqliteTime.parseInstant(text);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int index) throws SQLException {
        String text = result.getString(index);
        return text == null ? null : OffsetDateTime.ofInstant(SqliteTime.parseInstant(text), ZoneOffset.UTC);
    }
}
