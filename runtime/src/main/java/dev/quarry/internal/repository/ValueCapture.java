package dev.quarry.internal.repository;

import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A binder that keeps the values a mapper binds, by index, instead of sending them to a
 * statement: how repositories read an entity's column values (for an update by key) through
 * the generated mapper, without reflection.
 */
final class ValueCapture implements ParameterBinder {
    private final List<Object> values = new ArrayList<>();

    /** The value bound at 1-based {@code index}. */
    Object get(int index) {
        return values.get(index - 1);
    }

    /** How many parameters were bound. */
    int size() {
        return values.size();
    }

    private void put(int index, Object value) {
        while (values.size() < index) {
            values.add(null);
        }
        values.set(index - 1, value);
    }

    @Override
    public void setBoolean(int index, boolean value) {
        put(index, value);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) {
        put(index, value);
    }

    @Override
    public void setShort(int index, short value) {
        put(index, value);
    }

    @Override
    public void setShortOrNull(int index, Short value) {
        put(index, value);
    }

    @Override
    public void setInt(int index, int value) {
        put(index, value);
    }

    @Override
    public void setIntOrNull(int index, Integer value) {
        put(index, value);
    }

    @Override
    public void setLong(int index, long value) {
        put(index, value);
    }

    @Override
    public void setLongOrNull(int index, Long value) {
        put(index, value);
    }

    @Override
    public void setFloat(int index, float value) {
        put(index, value);
    }

    @Override
    public void setFloatOrNull(int index, Float value) {
        put(index, value);
    }

    @Override
    public void setDouble(int index, double value) {
        put(index, value);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) {
        put(index, value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) {
        put(index, value);
    }

    @Override
    public void setString(int index, String value) {
        put(index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) {
        put(index, value);
    }

    @Override
    public void setUuid(int index, UUID value) {
        put(index, value);
    }

    @Override
    public void setLocalDate(int index, LocalDate value) {
        put(index, value);
    }

    @Override
    public void setLocalTime(int index, LocalTime value) {
        put(index, value);
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) {
        put(index, value);
    }

    @Override
    public void setInstant(int index, Instant value) {
        put(index, value);
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) {
        put(index, value);
    }

    @Override
    public void setEnum(int index, Enum<?> value) {
        put(index, value);
    }

    @Override
    public void setObject(int index, Object value, ValueType type) {
        put(index, value);
    }
}
