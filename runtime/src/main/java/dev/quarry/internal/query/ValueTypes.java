package dev.quarry.internal.query;

import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** The value type of a Java class, for values and casts the DSL binds or reads without a column. */
final class ValueTypes {
    private ValueTypes() {
    }

    /** The value type of values of {@code javaType}; fails naming the supported types. */
    static ValueType of(Class<?> javaType) {
        Objects.requireNonNull(javaType, "type");
        if (javaType == Boolean.class) {
            return ValueType.BOOLEAN;
        } else if (javaType == Short.class) {
            return ValueType.SHORT;
        } else if (javaType == Integer.class) {
            return ValueType.INT;
        } else if (javaType == Long.class) {
            return ValueType.LONG;
        } else if (javaType == Float.class) {
            return ValueType.FLOAT;
        } else if (javaType == Double.class) {
            return ValueType.DOUBLE;
        } else if (javaType == BigDecimal.class) {
            return ValueType.DECIMAL;
        } else if (javaType == String.class) {
            return ValueType.STRING;
        } else if (javaType == byte[].class) {
            return ValueType.BYTES;
        } else if (javaType == UUID.class) {
            return ValueType.UUID;
        } else if (javaType == LocalDate.class) {
            return ValueType.LOCAL_DATE;
        } else if (javaType == LocalTime.class) {
            return ValueType.LOCAL_TIME;
        } else if (javaType == LocalDateTime.class) {
            return ValueType.LOCAL_DATE_TIME;
        } else if (javaType == Instant.class) {
            return ValueType.INSTANT;
        } else if (javaType == OffsetDateTime.class) {
            return ValueType.OFFSET_DATE_TIME;
        } else if (javaType.isEnum()) {
            return ValueType.ENUM;
        }
        throw new IllegalArgumentException(javaType.getName() + " is not a SQL value type; use Boolean, Short,"
                + " Integer, Long, Float, Double, BigDecimal, String, byte[], UUID, LocalDate, LocalTime,"
                + " LocalDateTime, Instant, OffsetDateTime or an enum");
    }

    /** The Java type values of {@code type} are read as (not for {@code ENUM}, read as its enum class). */
    static Class<?> javaType(ValueType type) {
        return switch (type) {
            case BOOLEAN -> Boolean.class;
            case SHORT -> Short.class;
            case INT -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case DECIMAL -> BigDecimal.class;
            case STRING -> String.class;
            case BYTES -> byte[].class;
            case UUID -> UUID.class;
            case LOCAL_DATE -> LocalDate.class;
            case LOCAL_TIME -> LocalTime.class;
            case LOCAL_DATE_TIME -> LocalDateTime.class;
            case INSTANT -> Instant.class;
            case OFFSET_DATE_TIME -> OffsetDateTime.class;
            case ENUM -> throw new IllegalArgumentException("an enum expression is read as its enum class");
        };
    }

    /** The enum class of an enum value (also for constants with a body); {@code null} for other values. */
    static Class<?> enumClassOf(Object value) {
        return value instanceof Enum<?> constant ? constant.getDeclaringClass() : null;
    }

    /** The class of a value, as {@link #of} classifies it. */
    static Class<?> classOf(Object value) {
        Class<?> enumClass = enumClassOf(value);
        return enumClass != null ? enumClass : value.getClass();
    }

    /** The constant of {@code enumClass} named {@code name}. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // enumClass is an enum class: checked by the callers
    static Object enumConstant(Class<?> enumClass, String name) {
        try {
            return Enum.valueOf((Class) enumClass, name);
        } catch (IllegalArgumentException e) {
            throw new dev.quarry.exception.MappingException("'" + name + "' is not a constant of "
                    + enumClass.getName(), e);
        }
    }
}
