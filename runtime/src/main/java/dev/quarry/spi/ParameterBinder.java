package dev.quarry.spi;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Binds parameters of a prepared statement by 1-based index, with the dialect's conversions.
 * For generated code: binders call the typed method for each column. Reference-typed methods
 * and the {@code ...OrNull} variants bind SQL NULL for {@code null}.
 */
public interface ParameterBinder {
    void setBoolean(int index, boolean value) throws SQLException;

    void setBooleanOrNull(int index, Boolean value) throws SQLException;

    void setShort(int index, short value) throws SQLException;

    void setShortOrNull(int index, Short value) throws SQLException;

    void setInt(int index, int value) throws SQLException;

    void setIntOrNull(int index, Integer value) throws SQLException;

    void setLong(int index, long value) throws SQLException;

    void setLongOrNull(int index, Long value) throws SQLException;

    void setFloat(int index, float value) throws SQLException;

    void setFloatOrNull(int index, Float value) throws SQLException;

    void setDouble(int index, double value) throws SQLException;

    void setDoubleOrNull(int index, Double value) throws SQLException;

    void setBigDecimal(int index, BigDecimal value) throws SQLException;

    void setString(int index, String value) throws SQLException;

    void setBytes(int index, byte[] value) throws SQLException;

    void setUuid(int index, UUID value) throws SQLException;

    void setLocalDate(int index, LocalDate value) throws SQLException;

    void setLocalTime(int index, LocalTime value) throws SQLException;

    void setLocalDateTime(int index, LocalDateTime value) throws SQLException;

    void setInstant(int index, Instant value) throws SQLException;

    void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException;

    /** Binds an enum by its constant's name. */
    void setEnum(int index, Enum<?> value) throws SQLException;

    /**
     * Binds a boxed value of the given type through the typed method for it; for the runtime's
     * generic paths (DSL values).
     */
    default void setObject(int index, Object value, ValueType type) throws SQLException {
        switch (type) {
            case BOOLEAN -> setBooleanOrNull(index, (Boolean) value);
            case SHORT -> setShortOrNull(index, (Short) value);
            case INT -> setIntOrNull(index, (Integer) value);
            case LONG -> setLongOrNull(index, (Long) value);
            case FLOAT -> setFloatOrNull(index, (Float) value);
            case DOUBLE -> setDoubleOrNull(index, (Double) value);
            case DECIMAL -> setBigDecimal(index, (BigDecimal) value);
            case STRING -> setString(index, (String) value);
            case BYTES -> setBytes(index, (byte[]) value);
            case UUID -> setUuid(index, (UUID) value);
            case LOCAL_DATE -> setLocalDate(index, (LocalDate) value);
            case LOCAL_TIME -> setLocalTime(index, (LocalTime) value);
            case LOCAL_DATE_TIME -> setLocalDateTime(index, (LocalDateTime) value);
            case INSTANT -> setInstant(index, (Instant) value);
            case OFFSET_DATE_TIME -> setOffsetDateTime(index, (OffsetDateTime) value);
            case ENUM -> setEnum(index, (Enum<?>) value);
        }
    }
}
