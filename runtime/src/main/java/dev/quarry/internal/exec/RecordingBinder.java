package dev.quarry.internal.exec;

import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Binds through another binder and remembers each value by index; used only while SQL logging is on. */
final class RecordingBinder implements ParameterBinder {
    private final ParameterBinder target;
    private final List<Object> values = new ArrayList<>();

    RecordingBinder(ParameterBinder target) {
        this.target = target;
    }

    List<Object> values() {
        return values;
    }

    private void record(int index, Object value) {
        while (values.size() < index) {
            values.add(null);
        }
        values.set(index - 1, value);
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        record(index, value);
        target.setBoolean(index, value);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) throws SQLException {
        record(index, value);
        target.setBooleanOrNull(index, value);
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        record(index, value);
        target.setShort(index, value);
    }

    @Override
    public void setShortOrNull(int index, Short value) throws SQLException {
        record(index, value);
        target.setShortOrNull(index, value);
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        record(index, value);
        target.setInt(index, value);
    }

    @Override
    public void setIntOrNull(int index, Integer value) throws SQLException {
        record(index, value);
        target.setIntOrNull(index, value);
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        record(index, value);
        target.setLong(index, value);
    }

    @Override
    public void setLongOrNull(int index, Long value) throws SQLException {
        record(index, value);
        target.setLongOrNull(index, value);
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        record(index, value);
        target.setFloat(index, value);
    }

    @Override
    public void setFloatOrNull(int index, Float value) throws SQLException {
        record(index, value);
        target.setFloatOrNull(index, value);
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        record(index, value);
        target.setDouble(index, value);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) throws SQLException {
        record(index, value);
        target.setDoubleOrNull(index, value);
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        record(index, value);
        target.setBigDecimal(index, value);
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        record(index, value);
        target.setString(index, value);
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        record(index, value);
        target.setBytes(index, value);
    }

    @Override
    public void setUuid(int index, UUID value) throws SQLException {
        record(index, value);
        target.setUuid(index, value);
    }

    @Override
    public void setLocalDate(int index, LocalDate value) throws SQLException {
        record(index, value);
        target.setLocalDate(index, value);
    }

    @Override
    public void setLocalTime(int index, LocalTime value) throws SQLException {
        record(index, value);
        target.setLocalTime(index, value);
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
        record(index, value);
        target.setLocalDateTime(index, value);
    }

    @Override
    public void setInstant(int index, Instant value) throws SQLException {
        record(index, value);
        target.setInstant(index, value);
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) throws SQLException {
        record(index, value);
        target.setOffsetDateTime(index, value);
    }

    @Override
    public void setEnum(int index, Enum<?> value) throws SQLException {
        record(index, value);
        target.setEnum(index, value);
    }

    @Override
    public void setObject(int index, Object value, ValueType type) throws SQLException {
        record(index, value);
        target.setObject(index, value, type);
    }
}
