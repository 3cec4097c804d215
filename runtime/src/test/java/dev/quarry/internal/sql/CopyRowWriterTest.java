package dev.quarry.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The COPY text {@link CopyRowWriter} writes: separators, NULL, escapes and each type's form. */
class CopyRowWriterTest {
    @Test
    void writesTabSeparatedRowsWithNullsAndEscapes() {
        CopyRowWriter rows = new CopyRowWriter(4);
        rows.startRow();
        rows.setLong(1, 42);
        rows.setString(2, "tab\there\nnewline\rreturn \\ backslash \\N not null");
        rows.setString(3, null);
        rows.setBooleanOrNull(4, true);
        rows.endRow();
        rows.startRow();
        rows.setLong(1, -1);
        rows.setString(2, "");
        rows.setString(3, "\\.");
        rows.setBooleanOrNull(4, null);
        rows.endRow();
        assertEquals(2, rows.rows());
        assertEquals("42\ttab\\there\\nnewline\\rreturn \\\\ backslash \\\\N not null\t\\N\tt\n"
                + "-1\t\t\\\\.\t\\N\n", rows.take());
        assertEquals(0, rows.pending(), "taken");
    }

    @Test
    void writesEachTypeAsPostgresqlReadsIt() {
        CopyRowWriter rows = new CopyRowWriter(12);
        rows.startRow();
        rows.setShort(1, Short.MIN_VALUE);
        rows.setInt(2, Integer.MAX_VALUE);
        rows.setFloat(3, 0.1f);
        rows.setDouble(4, Double.NEGATIVE_INFINITY);
        rows.setBigDecimal(5, new BigDecimal("1.50E+3"));
        rows.setBytes(6, new byte[] {0, 15, (byte) 0xab, (byte) 0xff});
        rows.setUuid(7, UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        rows.setLocalDate(8, LocalDate.of(1582, 10, 4));
        rows.setLocalTime(9, LocalTime.of(23, 59, 59, 999_999_999));
        rows.setLocalDateTime(10, LocalDateTime.of(2024, 2, 29, 12, 0, 0, 1_500));
        rows.setInstant(11, Instant.parse("1969-07-20T20:17:40.000001999Z"));
        rows.setOffsetDateTime(12, OffsetDateTime.parse("2024-06-30T23:59:59.654321+05:30"));
        rows.endRow();
        assertEquals("-32768\t2147483647\t0.1\t-Infinity\t1500\t\\\\x000fabff\t123e4567-e89b-12d3-a456-426614174000"
                + "\t1582-10-04\t23:59:59.999999\t2024-02-29T12:00:00.000001\t1969-07-20T20:17:40.000001Z"
                + "\t2024-06-30T23:59:59.654321+05:30\n", rows.take());
    }

    @Test
    void setObjectDispatchesOnTheValueType() throws Exception {
        CopyRowWriter rows = new CopyRowWriter(3);
        rows.startRow();
        rows.setObject(1, ValueType.ENUM, ValueType.ENUM);
        rows.setObject(2, null, ValueType.INSTANT);
        rows.setObject(3, new BigDecimal("0.0001"), ValueType.DECIMAL);
        rows.endRow();
        assertEquals("ENUM\t\\N\t0.0001\n", rows.take());
    }

    @Test
    void aRowMustBindEveryColumnInOrder() {
        CopyRowWriter rows = new CopyRowWriter(2);
        rows.startRow();
        rows.setInt(1, 1);
        IllegalStateException short_ = assertThrows(IllegalStateException.class, rows::endRow);
        assertEquals("a COPY row got 1 values for 2 columns", short_.getMessage());
        rows.startRow();
        IllegalStateException order = assertThrows(IllegalStateException.class, () -> rows.setInt(2, 2));
        assertEquals("a COPY row binds its values in column order: expected parameter 1, got 2", order.getMessage());
    }
}
