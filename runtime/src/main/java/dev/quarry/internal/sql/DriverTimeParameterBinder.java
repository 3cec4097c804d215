package dev.quarry.internal.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Binding for drivers that take {@code java.time} values through {@code setObject} (PostgreSQL,
 * MariaDB): dates as they are, times and date-times truncated to microseconds (the columns'
 * precision) so values read back compare equal.
 */
abstract class DriverTimeParameterBinder extends JdbcParameterBinder {
    DriverTimeParameterBinder(PreparedStatement statement) {
        super(statement);
    }

    @Override
    public void setLocalDate(int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    @Override
    public void setLocalTime(int index, LocalTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIME);
        } else {
            statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS));
        }
    }
}
