package dev.quarry.spi;

/**
 * The Java value types a column can hold, as the processor classifies them. The dialect maps
 * each to a SQL type and decides how values are bound and read.
 */
public enum ValueType {
    /** {@code boolean} / {@link Boolean}. */
    BOOLEAN,
    /** {@code short} / {@link Short}. */
    SHORT,
    /** {@code int} / {@link Integer}. */
    INT,
    /** {@code long} / {@link Long}. */
    LONG,
    /** {@code float} / {@link Float}. */
    FLOAT,
    /** {@code double} / {@link Double}. */
    DOUBLE,
    /** {@link java.math.BigDecimal}. */
    DECIMAL,
    /** {@link String}. */
    STRING,
    /** {@code byte[]}. */
    BYTES,
    /** {@link java.util.UUID}. */
    UUID,
    /** {@link java.time.LocalDate}. */
    LOCAL_DATE,
    /** {@link java.time.LocalTime}. */
    LOCAL_TIME,
    /** {@link java.time.LocalDateTime} (a timestamp without time zone). */
    LOCAL_DATE_TIME,
    /** {@link java.time.Instant} (a timestamp with time zone, read back in UTC). */
    INSTANT,
    /** {@link java.time.OffsetDateTime} (a timestamp with time zone, read back in UTC). */
    OFFSET_DATE_TIME,
    /** Any {@code enum}, stored as its constant's name. */
    ENUM
}
