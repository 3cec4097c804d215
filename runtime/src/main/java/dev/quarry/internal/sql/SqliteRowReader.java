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

    /**
     * A decimal from whichever storage class SQLite returns: an INTEGER exactly, a REAL as the
     * shortest decimal that identifies it (see {@link SqliteDecimals}), a TEXT (a column of a
     * file written before decimals were numbers, or a cast to text) as the decimal it spells.
     */
    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        Object value = result.getObject(index);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return SqliteDecimals.fromLong(((Number) value).longValue());
        }
        if (value instanceof Double real) {
            BigDecimal decimal = SqliteDecimals.fromDouble(real);
            if (decimal == null) {
                throw new MappingException("column " + label(index) + " holds " + real + ", which is not a decimal");
            }
            return decimal;
        }
        if (value instanceof String text) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new MappingException("column " + label(index) + " holds '" + text + "', which is not a decimal", e);
            }
        }
        throw new MappingException("column " + label(index) + " holds "
                + (value instanceof byte[] ? "a BLOB" : "a " + value.getClass().getSimpleName()) + ", which is not a decimal");
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
