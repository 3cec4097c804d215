package dev.quarry.spi;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the current row of a result by 1-based column index, with the dialect's conversions.
 * For generated code: mappers read every column by index, never by name.
 *
 * <p>Methods returning a primitive throw {@link dev.quarry.exception.MappingException} when the
 * column is SQL NULL; the {@code ...OrNull} variants and the reference-typed methods return
 * {@code null} instead.
 */
public interface RowReader {
    boolean getBoolean(int index) throws SQLException;

    Boolean getBooleanOrNull(int index) throws SQLException;

    short getShort(int index) throws SQLException;

    Short getShortOrNull(int index) throws SQLException;

    int getInt(int index) throws SQLException;

    Integer getIntOrNull(int index) throws SQLException;

    long getLong(int index) throws SQLException;

    Long getLongOrNull(int index) throws SQLException;

    float getFloat(int index) throws SQLException;

    Float getFloatOrNull(int index) throws SQLException;

    double getDouble(int index) throws SQLException;

    Double getDoubleOrNull(int index) throws SQLException;

    BigDecimal getBigDecimal(int index) throws SQLException;

    String getString(int index) throws SQLException;

    byte[] getBytes(int index) throws SQLException;

    UUID getUuid(int index) throws SQLException;

    LocalDate getLocalDate(int index) throws SQLException;

    LocalTime getLocalTime(int index) throws SQLException;

    LocalDateTime getLocalDateTime(int index) throws SQLException;

    Instant getInstant(int index) throws SQLException;

    OffsetDateTime getOffsetDateTime(int index) throws SQLException;

    /**
     * Reads an enum stored by name.
     *
     * @param valueOf the enum's {@code valueOf}, for example {@code Status::valueOf}
     * @throws dev.quarry.exception.MappingException if the stored name is not a constant
     */
    <T extends Enum<T>> T getEnum(int index, Function<String, T> valueOf) throws SQLException;

    /** Reads a value of the given type, boxed; for the runtime's generic paths (projections, returned keys). */
    Object getObject(int index, ValueType type) throws SQLException;
}
