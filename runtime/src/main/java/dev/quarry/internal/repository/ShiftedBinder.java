package dev.quarry.internal.repository;

import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Binds a hand-written statement's placeholders by their position in the SQL as written, while the
 * statement runs with its list placeholders expanded: each index moves past the values of the
 * lists before it.
 */
final class ShiftedBinder implements ParameterBinder {
    private final ParameterBinder target;
    private final int[] lists;
    private final int[] sizes;

    /**
     * @param target the binder of the expanded statement
     * @param lists  the positions of the list placeholders in the SQL as written, ascending
     * @param sizes  the number of values each list has
     */
    ShiftedBinder(ParameterBinder target, int[] lists, int[] sizes) {
        this.target = target;
        this.lists = lists;
        this.sizes = sizes;
    }

    /** The index in the expanded statement of the placeholder at {@code index} in the SQL as written. */
    int physical(int index) {
        int shifted = index;
        for (int i = 0; i < lists.length && lists[i] <= index; i++) {
            if (lists[i] == index) {
                throw new IllegalStateException("placeholder " + index + " is a list; the runtime binds its values");
            }
            shifted += sizes[i] - 1;
        }
        return shifted;
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        target.setBoolean(physical(index), value);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) throws SQLException {
        target.setBooleanOrNull(physical(index), value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        target.setShort(physical(index), value);
    }

    @Override
    public void setShortOrNull(int index, Short value) throws SQLException {
        target.setShortOrNull(physical(index), value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        target.setInt(physical(index), value);
    }

    @Override
    public void setIntOrNull(int index, Integer value) throws SQLException {
        target.setIntOrNull(physical(index), value);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        target.setLong(physical(index), value);
    }

    @Override
    public void setLongOrNull(int index, Long value) throws SQLException {
        target.setLongOrNull(physical(index), value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        target.setFloat(physical(index), value);
    }

    @Override
    public void setFloatOrNull(int index, Float value) throws SQLException {
        target.setFloatOrNull(physical(index), value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        target.setDouble(physical(index), value);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) throws SQLException {
        target.setDoubleOrNull(physical(index), value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        target.setBigDecimal(physical(index), value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        target.setString(physical(index), value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        target.setBytes(physical(index), value);
    }

    @Override
    public void setUuid(int index, UUID value) throws SQLException {
        target.setUuid(physical(index), value);
    }

    @Override
    public void setLocalDate(int index, LocalDate value) throws SQLException {
        target.setLocalDate(physical(index), value);
    }

    @Override
    public void setLocalTime(int index, LocalTime value) throws SQLException {
        target.setLocalTime(physical(index), value);
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
        target.setLocalDateTime(physical(index), value);
    }

    @Override
    public void setInstant(int index, Instant value) throws SQLException {
        target.setInstant(physical(index), value);
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
        target.setOffsetDateTime(physical(index), value);
    }

    @Override
    public void setEnum(int index, Enum<?> value) throws SQLException {
        target.setEnum(physical(index), value);
    }

    @Override
    public void setObject(int index, Object value, ValueType type) throws SQLException {
        target.setObject(physical(index), value, type);
    }
}
