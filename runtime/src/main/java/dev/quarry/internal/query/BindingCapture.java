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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A binder that keeps what a generated mapper binds (value and type by index) instead of binding
 * it, so that entity values can go into a statement the DSL renders; or, for a caller that knows
 * how many values the mapper binds (the session's snapshots), straight into that caller's arrays,
 * with no wrapper per value and no list.
 */
public final class BindingCapture implements ParameterBinder {
    private Object[] values;
    private ValueType[] types;
    private final boolean grows;
    /** The highest index bound so far. */
    private int size;
    /** How many values were bound. */
    private int count;

    /** A capture that grows to what the mapper binds; read it with {@link #values()}. */
    public BindingCapture() {
        this(new Object[8], new ValueType[8], true);
    }

    /**
     * A capture into {@code values} and {@code types}, exactly as long as what the mapper binds;
     * check it with {@link #requireAll()}.
     */
    public BindingCapture(Object[] values, ValueType[] types) {
        this(values, types, false);
        if (values.length != types.length) {
            throw new IllegalArgumentException(values.length + " values but " + types.length + " types");
        }
    }

    private BindingCapture(Object[] values, ValueType[] types, boolean grows) {
        this.values = values;
        this.types = types;
        this.grows = grows;
    }

    /** The values bound so far, in parameter order. */
    public List<BoundValue> values() {
        BoundValue[] bound = new BoundValue[size];
        for (int i = 0; i < size; i++) {
            if (types[i] == null) {
                throw new IllegalStateException("the mapper bound no value to parameter " + (i + 1));
            }
            bound[i] = new BoundValue(values[i], types[i]);
        }
        return List.of(bound);
    }

    /** Fails unless the mapper bound one value to each place of the arrays this capture writes into. */
    public void requireAll() {
        if (count != values.length || size != values.length) {
            throw new IllegalStateException("the mapper bound " + count + " values up to parameter " + size
                    + ", not one to each of the " + values.length + " columns");
        }
    }

    private void put(int index, Object value, ValueType type) {
        if (index > values.length) {
            if (!grows) {
                throw new IllegalStateException("the mapper bound parameter " + index + ", past the "
                        + values.length + " columns");
            }
            int length = Math.max(index, values.length * 2);
            values = Arrays.copyOf(values, length);
            types = Arrays.copyOf(types, length);
        }
        values[index - 1] = value;
        types[index - 1] = Objects.requireNonNull(type, "type");
        size = Math.max(size, index);
        count++;
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
