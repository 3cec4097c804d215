package dev.quarry.internal.sql;

import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Binds through the plain JDBC setters; dialects override the types their database stores
 * differently (UUID, temporal types, booleans, decimals).
 */
public abstract class JdbcParameterBinder implements ParameterBinder {
    /** The statement being bound. */
    protected final PreparedStatement statement;

    protected JdbcParameterBinder(PreparedStatement statement) {
        this.statement = statement;
    }

    @Override
    public void setBoolean(int index, boolean value) throws SQLException {
        statement.setBoolean(index, value);
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            setBoolean(index, value);
        }
    }

    @Override
    public void setShort(int index, short value) throws SQLException {
        statement.setShort(index, value);
    }

    @Override
    public void setShortOrNull(int index, Short value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    @Override
    public void setInt(int index, int value) throws SQLException {
        statement.setInt(index, value);
    }

    @Override
    public void setIntOrNull(int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    @Override
    public void setLong(int index, long value) throws SQLException {
        statement.setLong(index, value);
    }

    @Override
    public void setLongOrNull(int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    @Override
    public void setFloat(int index, float value) throws SQLException {
        statement.setFloat(index, value);
    }

    @Override
    public void setFloatOrNull(int index, Float value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.REAL);
        } else {
            statement.setFloat(index, value);
        }
    }

    @Override
    public void setDouble(int index, double value) throws SQLException {
        statement.setDouble(index, value);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    @Override
    public void setBigDecimal(int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    @Override
    public void setString(int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public void setBytes(int index, byte[] value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BINARY);
        } else {
            statement.setBytes(index, value);
        }
    }

    @Override
    public void setEnum(int index, Enum<?> value) throws SQLException {
        setString(index, value == null ? null : value.name());
    }

    @Override
    public void setObject(int index, Object value, ValueType type) throws SQLException {
        if (value instanceof SqlArray array) {
            setArray(index, array);
            return;
        }
        ParameterBinder.super.setObject(index, value, type);
    }

    /** Binds a list of values as one SQL array (PostgreSQL's {@code = ANY (?)}). */
    protected void setArray(int index, SqlArray array) throws SQLException {
        Array value = statement.getConnection().createArrayOf(array.sqlType(), array.elements());
        statement.setArray(index, value);
    }
}
