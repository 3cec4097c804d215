package dev.quarry.internal.sql;

import dev.quarry.exception.MappingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The text forms of temporal values in SQLite. Written fixed-width, so text order is time
 * order: {@code 2024-05-01}, {@code 13:45:00.000000} and {@code 2024-05-01 13:45:00.000000}
 * (instants and offset date-times in UTC, the form of SQLite's own {@code CURRENT_TIMESTAMP}
 * with microseconds). Read leniently: a {@code T} or a space between date and time, zero to
 * nine fraction digits, and an optional {@code Z} or offset.
 */
final class SqliteTime {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private SqliteTime() {
    }

    static String format(LocalDate value) {
        return value.toString();
    }

    static String format(LocalTime value) {
        return TIME.format(value);
    }

    static String format(LocalDateTime value) {
        return DATE_TIME.format(value);
    }

    static String format(Instant value) {
        return DATE_TIME.format(LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    static String format(OffsetDateTime value) {
        return format(value.toInstant());
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw unreadable(text, "a date", e);
        }
    }

    static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw unreadable(text, "a time", e);
        }
    }

    static LocalDateTime parseDateTime(String text) {
        String iso = isoForm(text);
        try {
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            throw unreadable(text, "a date-time", e);
        }
    }

    static Instant parseInstant(String text) {
        String iso = isoForm(text);
        try {
            if (hasOffset(iso)) {
                return OffsetDateTime.parse(iso).toInstant();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw unreadable(text, "a UTC timestamp", e);
        }
    }

    /** {@code YYYY-MM-DD HH:MM...} becomes {@code YYYY-MM-DDTHH:MM...}. */
    private static String isoForm(String text) {
        if (text.length() > 10 && text.charAt(10) == ' ') {
            return text.substring(0, 10) + 'T' + text.substring(11);
        }
        return text;
    }

    private static boolean hasOffset(String iso) {
        if (iso.endsWith("Z")) {
            return true;
        }
        int time = iso.indexOf('T');
        return time > 0 && (iso.indexOf('+', time) > 0 || iso.indexOf('-', time) > 0);
    }

    private static MappingException unreadable(String text, String what, DateTimeParseException cause) {
        return new MappingException("SQLite value '" + text + "' is not " + what
                + " in ISO-8601 form (for example 2024-05-01 13:45:00)", cause);
    }
}
