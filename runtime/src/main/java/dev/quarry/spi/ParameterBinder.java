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
    /**
     * Binds a {@code boolean}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setBoolean(int index, boolean value) throws SQLException;

    /**
     * Binds a {@code Boolean}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setBooleanOrNull(int index, Boolean value) throws SQLException;

    /**
     * Binds a {@code short}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setShort(int index, short value) throws SQLException;

    /**
     * Binds a {@code Short}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setShortOrNull(int index, Short value) throws SQLException;

    /**
     * Binds an {@code int}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setInt(int index, int value) throws SQLException;

    /**
     * Binds an {@code Integer}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setIntOrNull(int index, Integer value) throws SQLException;

    /**
     * Binds a {@code long}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setLong(int index, long value) throws SQLException;

    /**
     * Binds a {@code Long}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setLongOrNull(int index, Long value) throws SQLException;

    /**
     * Binds a {@code float}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setFloat(int index, float value) throws SQLException;

    /**
     * Binds a {@code Float}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setFloatOrNull(int index, Float value) throws SQLException;

    /**
     * Binds a {@code double}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setDouble(int index, double value) throws SQLException;

    /**
     * Binds a {@code Double}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setDoubleOrNull(int index, Double value) throws SQLException;

    /**
     * Binds a {@code BigDecimal}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setBigDecimal(int index, BigDecimal value) throws SQLException;

    /**
     * Binds a {@code String}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setString(int index, String value) throws SQLException;

    /**
     * Binds a {@code byte[]}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setBytes(int index, byte[] value) throws SQLException;

    /**
     * Binds a {@code UUID}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setUuid(int index, UUID value) throws SQLException;

    /**
     * Binds a {@code LocalDate}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setLocalDate(int index, LocalDate value) throws SQLException;

    /**
     * Binds a {@code LocalTime}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setLocalTime(int index, LocalTime value) throws SQLException;

    /**
     * Binds a {@code LocalDateTime}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setLocalDateTime(int index, LocalDateTime value) throws SQLException;

    /**
     * Binds an {@code Instant}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setInstant(int index, Instant value) throws SQLException;

    /**
     * Binds an {@code OffsetDateTime}, or SQL NULL for {@code null}.
     *
     * @param index the 1-based parameter index
     * @param value the value to bind
     * @throws SQLException if the driver refuses the value
     */
    void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException;

    /**
     * Binds an enum by its constant's name.
     *
     * @param index the 1-based parameter index
     * @param value the enum constant
     * @throws java.sql.SQLException if the driver cannot bind the value
     */
    void setEnum(int index, Enum<?> value) throws SQLException;

    /**
     * Binds a boxed value of the given type through the typed method for it; for the runtime's
     * generic paths (DSL values).
     *
     * @param index the 1-based parameter index
     * @param value the value, boxed
     * @param type the value type
     * @throws java.sql.SQLException if the driver cannot bind the value
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
