package dev.quarry.internal.sql;

import dev.quarry.spi.ParameterBinder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's {@code COPY ... FROM STDIN} text format: a binder that generated
 * mappers bind an entity's insert columns to (the same {@code bindInsert} as for an
 * {@code INSERT}), each value written where its parameter index says, tab-separated, {@code \N}
 * for {@code NULL}, backslash, tab, newline and carriage return escaped. Values are written as
 * PostgreSQL reads them back into the column types Quarry creates: {@code t}/{@code f}, decimal
 * digits, ISO-8601 dates and times truncated to microseconds, {@code bytea} in hex.
 *
 * <p>Call {@link #startRow()} before binding a row and {@link #endRow()} after; the text
 * accumulates until {@link #take()} hands it over.
 */
public final class CopyRowWriter implements ParameterBinder {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final int columns;
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private int next;
    private int rows;

    /** A writer of rows of {@code columns} values. */
    public CopyRowWriter(int columns) {
        this.columns = columns;
    }

    /** Starts a row: its values are bound from parameter index 1. */
    public void startRow() {
        next = 1;
    }

    /**
     * Ends a row.
     *
     * @throws IllegalStateException if the row did not get a value for every column
     */
    public void endRow() {
        if (next != columns + 1) {
            throw new IllegalStateException("a COPY row got " + (next - 1) + " values for " + columns + " columns");
        }
        text.append('\n');
        rows++;
    }

    /** The rows ended so far. */
    public int rows() {
        return rows;
    }

    /** How many characters are waiting to be taken. */
    public int pending() {
        return text.length();
    }

    /** The text of the rows written since the last call, which it clears. */
    public String take() {
        String taken = text.toString();
        text.setLength(0);
        return taken;
    }

    /** Starts the value of parameter {@code index}: values must come in index order, one each. */
    private StringBuilder field(int index) {
        if (index != next) {
            throw new IllegalStateException("a COPY row binds its values in column order: expected parameter "
                    + next + ", got " + index);
        }
        if (index > 1) {
            text.append('\t');
        }
        next++;
        return text;
    }

    private void nullValue(int index) {
        field(index).append("\\N");
    }

    private void escaped(int index, String value) {
        StringBuilder out = field(index);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void setBoolean(int index, boolean value) {
        field(index).append(value ? 't' : 'f');
    }

    @Override
    public void setBooleanOrNull(int index, Boolean value) {
        if (value == null) {
            nullValue(index);
        } else {
            setBoolean(index, value);
        }
    }

    @Override
    public void setShort(int index, short value) {
        field(index).append(value);
    }

    @Override
    public void setShortOrNull(int index, Short value) {
        if (value == null) {
            nullValue(index);
        } else {
            setShort(index, value);
        }
    }

    @Override
    public void setInt(int index, int value) {
        field(index).append(value);
    }

    @Override
    public void setIntOrNull(int index, Integer value) {
        if (value == null) {
            nullValue(index);
        } else {
            setInt(index, value);
        }
    }

    @Override
    public void setLong(int index, long value) {
        field(index).append(value);
    }

    @Override
    public void setLongOrNull(int index, Long value) {
        if (value == null) {
            nullValue(index);
        } else {
            setLong(index, value);
        }
    }

    /** {@code Float.toString} gives the shortest text that reads back as the same float ({@code real}). */
    @Override
    public void setFloat(int index, float value) {
        field(index).append(value);
    }

    @Override
    public void setFloatOrNull(int index, Float value) {
        if (value == null) {
            nullValue(index);
        } else {
            setFloat(index, value);
        }
    }

    @Override
    public void setDouble(int index, double value) {
        field(index).append(value);
    }

    @Override
    public void setDoubleOrNull(int index, Double value) {
        if (value == null) {
            nullValue(index);
        } else {
            setDouble(index, value);
        }
    }

    /** The digits with the scale kept ({@code 1.50} stays {@code 1.50}), never an exponent. */
    @Override
    public void setBigDecimal(int index, BigDecimal value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value.toPlainString());
        }
    }

    @Override
    public void setString(int index, String value) {
        if (value == null) {
            nullValue(index);
        } else {
            escaped(index, value);
        }
    }

    /** {@code bytea} hex input, {@code \x0a1b...}, its backslash escaped for the COPY text. */
    @Override
    public void setBytes(int index, byte[] value) {
        if (value == null) {
            nullValue(index);
            return;
        }
        StringBuilder out = field(index).append("\\\\x");
        for (byte b : value) {
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
    }

    @Override
    public void setUuid(int index, UUID value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value);
        }
    }

    @Override
    public void setLocalDate(int index, LocalDate value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value);
        }
    }

    @Override
    public void setLocalTime(int index, LocalTime value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Override
    public void setLocalDateTime(int index, LocalDateTime value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** As UTC with a {@code Z}, which {@code timestamptz} reads as that instant. */
    @Override
    public void setInstant(int index, Instant value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Override
    public void setOffsetDateTime(int index, OffsetDateTime value) {
        if (value == null) {
            nullValue(index);
        } else {
            field(index).append(value.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Override
    public void setEnum(int index, Enum<?> value) {
        setString(index, value == null ? null : value.name());
    }
}
