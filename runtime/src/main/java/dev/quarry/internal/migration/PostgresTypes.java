package dev.quarry.internal.migration;

import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ValueType;

/** Maps a PostgreSQL column type back to the value type whose {@code columnType} renders it, or keeps its spelling. */
final class PostgresTypes {
    /** The header PostgreSQL adds to every type modifier of a length or precision. */
    private static final int TYPMOD_HEADER = 4;

    private PostgresTypes() {
    }

    /**
     * The column with the value type (and length, precision, scale) PostgresDialect renders as the
     * type {@code typeName} with modifier {@code typmod}; a type it never renders keeps
     * {@code formatted} (the catalog's {@code format_type}) as its SQL type.
     *
     * @param typeName the {@code pg_type.typname}
     * @param typmod the {@code pg_attribute.atttypmod}, -1 when the type has no modifier
     * @param formatted the type as {@code format_type(atttypid, atttypmod)} spells it
     */
    static ColumnSchema column(String name, String typeName, int typmod, String formatted, boolean nullable,
            boolean generated, String serverDefault) {
        ValueType type = plainType(typeName, typmod);
        if (type != null) {
            return new ColumnSchema(name, name, type, 0, 0, 0, nullable, generated, serverDefault);
        }
        if (typeName.equals("varchar") && typmod > TYPMOD_HEADER) {
            return new ColumnSchema(name, name, ValueType.STRING, typmod - TYPMOD_HEADER, 0, 0, nullable, generated,
                    serverDefault);
        }
        if (typeName.equals("numeric")) {
            if (typmod < 0) {
                return new ColumnSchema(name, name, ValueType.DECIMAL, 0, 0, 0, nullable, generated, serverDefault);
            }
            int precision = ((typmod - TYPMOD_HEADER) >> 16) & 0xffff;
            // The scale is an 11-bit signed number (negative scales since PostgreSQL 15).
            int scale = (((typmod - TYPMOD_HEADER) & 0x7ff) ^ 0x400) - 0x400;
            if (precision > 0 && scale >= 0 && scale <= precision) {
                return new ColumnSchema(name, name, ValueType.DECIMAL, 0, precision, scale, nullable, generated,
                        serverDefault);
            }
        }
        return new ColumnSchema(name, name, ValueType.STRING, 0, 0, 0, nullable, generated, serverDefault, formatted);
    }

    /** The value type of a type without length or precision that PostgresDialect renders, or {@code null}. */
    private static ValueType plainType(String typeName, int typmod) {
        return switch (typeName) {
            case "bool" -> ValueType.BOOLEAN;
            case "int2" -> ValueType.SHORT;
            case "int4" -> ValueType.INT;
            case "int8" -> ValueType.LONG;
            case "float4" -> ValueType.FLOAT;
            case "float8" -> ValueType.DOUBLE;
            case "text" -> ValueType.STRING;
            case "bytea" -> ValueType.BYTES;
            case "uuid" -> ValueType.UUID;
            case "date" -> ValueType.LOCAL_DATE;
            // time(3), timestamp(3): a fractional-second precision Quarry never renders.
            case "time" -> typmod < 0 ? ValueType.LOCAL_TIME : null;
            case "timestamp" -> typmod < 0 ? ValueType.LOCAL_DATE_TIME : null;
            case "timestamptz" -> typmod < 0 ? ValueType.INSTANT : null;
            default -> null;
        };
    }
}
