package dev.quarry.internal.sql;

import dev.quarry.exception.MappingException;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

/**
 * Reads through the plain JDBC getters; dialects override the types their database stores
 * differently (UUID, temporal types, booleans, decimals).
 */
public abstract class JdbcRowReader implements RowReader {
    /** The result being read. */
    protected final ResultSet result;

    protected JdbcRowReader(ResultSet result) {
        this.result = result;
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        boolean value = result.getBoolean(index);
        if (!value && result.wasNull()) {
            throw nullInPrimitive(index, "boolean");
        }
        return value;
    }

    @Override
    public Boolean getBooleanOrNull(int index) throws SQLException {
        boolean value = result.getBoolean(index);
        return !value && result.wasNull() ? null : value;
    }

    @Override
    public short getShort(int index) throws SQLException {
        short value = result.getShort(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "short");
        }
        return value;
    }

    @Override
    public Short getShortOrNull(int index) throws SQLException {
        short value = result.getShort(index);
        return value == 0 && result.wasNull() ? null : value;
    }

    @Override
    public int getInt(int index) throws SQLException {
        int value = result.getInt(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "int");
        }
        return value;
    }

    @Override
    public Integer getIntOrNull(int index) throws SQLException {
        int value = result.getInt(index);
        return value == 0 && result.wasNull() ? null : value;
    }

    @Override
    public long getLong(int index) throws SQLException {
        long value = result.getLong(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "long");
        }
        return value;
    }

    @Override
    public Long getLongOrNull(int index) throws SQLException {
        long value = result.getLong(index);
        return value == 0 && result.wasNull() ? null : value;
    }

    @Override
    public float getFloat(int index) throws SQLException {
        float value = result.getFloat(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "float");
        }
        return value;
    }

    @Override
    public Float getFloatOrNull(int index) throws SQLException {
        float value = result.getFloat(index);
        return value == 0 && result.wasNull() ? null : value;
    }

    @Override
    public double getDouble(int index) throws SQLException {
        double value = result.getDouble(index);
        if (value == 0 && result.wasNull()) {
            throw nullInPrimitive(index, "double");
        }
        return value;
    }

    @Override
    public Double getDoubleOrNull(int index) throws SQLException {
        double value = result.getDouble(index);
        return value == 0 && result.wasNull() ? null : value;
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return result.getBigDecimal(index);
    }

    @Override
    public String getString(int index) throws SQLException {
        return result.getString(index);
    }

    @Override
    public byte[] getBytes(int index) throws SQLException {
        return result.getBytes(index);
    }

    @Override
    public <T extends Enum<T>> T getEnum(int index, Function<String, T> valueOf) throws SQLException {
        String name = result.getString(index);
        if (name == null) {
            return null;
        }
        try {
            return valueOf.apply(name);
        } catch (IllegalArgumentException e) {
            throw new MappingException("column " + label(index) + " holds '" + name
                    + "', which is not a constant of the property's enum type", e);
        }
    }

    @Override
    public Object getObject(int index, ValueType type) throws SQLException {
        return switch (type) {
            case BOOLEAN -> getBooleanOrNull(index);
            case SHORT -> getShortOrNull(index);
            case INT -> getIntOrNull(index);
            case LONG -> getLongOrNull(index);
            case FLOAT -> getFloatOrNull(index);
            case DOUBLE -> getDoubleOrNull(index);
            case DECIMAL -> getBigDecimal(index);
            case STRING, ENUM -> getString(index);
            case BYTES -> getBytes(index);
            case UUID -> getUuid(index);
            case LOCAL_DATE -> getLocalDate(index);
            case LOCAL_TIME -> getLocalTime(index);
            case LOCAL_DATE_TIME -> getLocalDateTime(index);
            case INSTANT -> getInstant(index);
            case OFFSET_DATE_TIME -> getOffsetDateTime(index);
        };
    }

    /** The column's label, for error messages. */
    protected final String label(int index) {
        try {
            return index + " (" + result.getMetaData().getColumnLabel(index) + ")";
        } catch (SQLException e) {
            return String.valueOf(index);
        }
    }

    /** The error for SQL NULL read into a primitive property. */
    protected final MappingException nullInPrimitive(int index, String primitive) {
        String boxed = switch (primitive) {
            case "int" -> "Integer";
            case "char" -> "Character";
            default -> Character.toUpperCase(primitive.charAt(0)) + primitive.substring(1);
        };
        return new MappingException("column " + label(index) + " is NULL but is read into " + (primitive.equals("int")
                ? "an " : "a ") + primitive + " property: make the property " + boxed + " (null for SQL NULL), or keep"
                + " NULL out of the column (NOT NULL, or coalesce(...) in the query)");
    }
}
