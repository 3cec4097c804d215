package dev.quarry.internal.sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** Reading for drivers that return {@code java.time} values through {@code getObject} (PostgreSQL, MariaDB). */
abstract class DriverTimeRowReader extends JdbcRowReader {
    DriverTimeRowReader(ResultSet result) {
        super(result);
    }

    @Override
    public LocalDate getLocalDate(int index) throws SQLException {
        return result.getObject(index, LocalDate.class);
    }

    @Override
    public LocalTime getLocalTime(int index) throws SQLException {
        return result.getObject(index, LocalTime.class);
    }

    @Override
    public LocalDateTime getLocalDateTime(int index) throws SQLException {
        return result.getObject(index, LocalDateTime.class);
    }
}
