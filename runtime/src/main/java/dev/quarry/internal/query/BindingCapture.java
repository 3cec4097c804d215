package dev.quarry.internal.query;

import dev.quarry.internal.sql.BoundValue;
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
 * A binder that keeps what a generated mapper binds (value and type by index) instead of binding
 * it, so that entity values can go into a statement the DSL renders.
 */
public final class BindingCapture implements ParameterBinder {
    private final List<BoundValue> values = new ArrayList<>();

    /** The values bound so far, in parameter order. */
    public List<BoundValue> values() {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalStateException("the mapper bound no value to parameter " + (i + 1));
            }
        }
        return List.copyOf(values);
    }

    private void put(int index, Object value, ValueType type) {
        while (values.size() < index) {
            values.add(null);
        }
        values.set(index - 1, new BoundValue(value, type));
    }

    @Override
    public void setBoolean(int index, boolean value) {
        put(index, value, ValueType.BOOLEAN);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) {
        put(index, value, ValueType.BOOLEAN);
    }

    @Override
    public void setShort(int index, short value) {
        put(index, value, ValueType.SHORT);
    }

    @Override
    public void setShortOrNull(int index, Short value) {
        put(index, value, ValueType.SHORT);
    }

    @Override
    public void setInt(int index, int value) {
        put(index, value, ValueType.INT);
    }

    @Override
    public void setIntOrNull(int index, Integer value) {
        put(index, value, ValueType.INT);
    }

    @Override
    public void setLong(int index, long value) {
        put(index, value, ValueType.LONG);
    }

    @Override
    public void setLongOrNull(int index, Long value) {
        put(index, value, ValueType.LONG);
    }

    @Override
    public void setFloat(int index, float value) {
        put(index, value, ValueType.FLOAT);
    }

    @Override
    public void setFloatOrNull(int index, Float value) {
        put(index, value, ValueType.FLOAT);
    }

    @Override
    public void setDouble(int index, double value) {
        put(index, value, ValueType.DOUBLE);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) {
        put(index, value, ValueType.DOUBLE);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) {
        put(index, value, ValueType.DECIMAL);
    }

    @Override
    public void setString(int index, String value) {
        put(index, value, ValueType.STRING);
    }

    @Override
    public void setBytes(int index, byte[] value) {
        put(index, value, ValueType.BYTES);
    }

    @Override
    public void setUuid(int index, UUID value) {
        put(index, value, ValueType.UUID);
    }

    @Override
    public void setLocalDate(int index, LocalDate value) {
        put(index, value, ValueType.LOCAL_DATE);
    }

    @Override
    public void setLocalTime(int index, LocalTime value) {
        put(index, value, ValueType.LOCAL_TIME);
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) {
        put(index, value, ValueType.LOCAL_DATE_TIME);
    }

    @Override
    public void setInstant(int index, Instant value) {
        put(index, value, ValueType.INSTANT);
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) {
        put(index, value, ValueType.OFFSET_DATE_TIME);
    }

    @Override
    public void setEnum(int index, Enum<?> value) {
        put(index, value, ValueType.ENUM);
    }

    @Override
    public void setObject(int index, Object value, ValueType type) {
        put(index, value, type);
    }
}
