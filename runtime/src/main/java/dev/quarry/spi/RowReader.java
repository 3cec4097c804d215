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
    /**
     * Reads a {@code boolean} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    boolean getBoolean(int index) throws SQLException;

    /**
     * Reads a column as a {@code Boolean}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Boolean getBooleanOrNull(int index) throws SQLException;

    /**
     * Reads a {@code short} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    short getShort(int index) throws SQLException;

    /**
     * Reads a column as a {@code Short}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Short getShortOrNull(int index) throws SQLException;

    /**
     * Reads an {@code int} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    int getInt(int index) throws SQLException;

    /**
     * Reads a column as an {@code Integer}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Integer getIntOrNull(int index) throws SQLException;

    /**
     * Reads a {@code long} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    long getLong(int index) throws SQLException;

    /**
     * Reads a column as a {@code Long}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Long getLongOrNull(int index) throws SQLException;

    /**
     * Reads a {@code float} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    float getFloat(int index) throws SQLException;

    /**
     * Reads a column as a {@code Float}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Float getFloatOrNull(int index) throws SQLException;

    /**
     * Reads a {@code double} column.
     *
     * @param index the 1-based column index
     * @return the value
     * @throws dev.quarry.exception.MappingException if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    double getDouble(int index) throws SQLException;

    /**
     * Reads a column as a {@code Double}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Double getDoubleOrNull(int index) throws SQLException;

    /**
     * Reads a column as a {@code BigDecimal}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    BigDecimal getBigDecimal(int index) throws SQLException;

    /**
     * Reads a column as a {@code String}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    String getString(int index) throws SQLException;

    /**
     * Reads a column as a {@code byte[]}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    byte[] getBytes(int index) throws SQLException;

    /**
     * Reads a column as a {@code UUID}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    UUID getUuid(int index) throws SQLException;

    /**
     * Reads a column as a {@code LocalDate}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    LocalDate getLocalDate(int index) throws SQLException;

    /**
     * Reads a column as a {@code LocalTime}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    LocalTime getLocalTime(int index) throws SQLException;

    /**
     * Reads a column as a {@code LocalDateTime}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    LocalDateTime getLocalDateTime(int index) throws SQLException;

    /**
     * Reads a column as an {@code Instant}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    Instant getInstant(int index) throws SQLException;

    /**
     * Reads a column as an {@code OffsetDateTime}.
     *
     * @param index the 1-based column index
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws SQLException if the driver cannot read the column
     */
    OffsetDateTime getOffsetDateTime(int index) throws SQLException;

    /**
     * Reads an enum stored by name.
     *
     * @param <T> the enum type
     * @param index the 1-based column index
     * @param valueOf the enum's {@code valueOf}, for example {@code Status::valueOf}
     * @return the constant, or {@code null} if the column is SQL NULL
     * @throws dev.quarry.exception.MappingException if the stored name is not a constant
     * @throws java.sql.SQLException if the driver cannot read the column
     */
    <T extends Enum<T>> T getEnum(int index, Function<String, T> valueOf) throws SQLException;

    /**
     * Reads a value of the given type, boxed; for the runtime's generic paths (projections, returned keys).
     *
     * @param index the 1-based column index
     * @param type the value type
     * @return the value, or {@code null} if the column is SQL NULL
     * @throws java.sql.SQLException if the driver cannot read the column
     */
    Object getObject(int index, ValueType type) throws SQLException;
}
