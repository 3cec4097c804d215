package dev.quarry.internal.exec;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs statements to the SLF4J logger {@code dev.quarry.sql} at INFO when the database was
 * configured with {@code logSql(true)}: the SQL, its parameters and the time it took.
 */
public final class SqlLog {
    /** The logger's name. */
    public static final String LOGGER_NAME = "dev.quarry.sql";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    private static final int MAX_VALUE_LENGTH = 100;

    private final boolean enabled;

    public SqlLog(boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether statements are logged (checked before collecting parameters). */
    public boolean enabled() {
        return enabled && LOG.isInfoEnabled();
    }

    /** Logs one statement that started at {@code startNanos} ({@link System#nanoTime()}). */
    public void log(String sql, List<?> parameters, long startNanos, String outcome) {
        double millis = (System.nanoTime() - startNanos) / 1_000_000.0;
        LOG.info("{} {} ({} ms{})", sql, format(parameters), String.format(Locale.ROOT, "%.3f", millis),
                outcome == null ? "" : ", " + outcome);
    }

    private static String format(List<?> parameters) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(format(parameters.get(i)));
        }
        return text.append(']').toString();
    }

    private static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        String text = value instanceof CharSequence || value instanceof Enum<?>
                ? "'" + value + "'"
                : value.toString();
        return text.length() > MAX_VALUE_LENGTH ? text.substring(0, MAX_VALUE_LENGTH) + "...'" : text;
    }
}
