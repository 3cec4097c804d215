package dev.quarry.testing;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J backend of the integration tests. It prints to standard error what a reader of the
 * build log needs (INFO and above; WARN and above for chatty libraries), and lets tests observe
 * the statements Quarry logs to {@code dev.quarry.sql} (see {@link #listen}); those are printed
 * only with {@code -Dquarry.it.printSql=true}.
 */
public final class TestLogging implements SLF4JServiceProvider {
    /** The logger Quarry writes each executed statement to. */
    public static final String SQL_LOGGER = "dev.quarry.sql";

    private static final boolean PRINT_SQL = Boolean.getBoolean("quarry.it.printSql");
    private static final List<Consumer<String>> SQL_LISTENERS = new CopyOnWriteArrayList<>();
    private static final Map<String, Level> THRESHOLDS = Map.of(
            "org.testcontainers", Level.WARN,
            "com.github.dockerjava", Level.WARN,
            "com.zaxxer.hikari", Level.WARN,
            "io.zonky.test", Level.WARN,
            "org.jdbi", Level.WARN);

    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    /** Called by SLF4J's service loader. */
    public TestLogging() {
    }

    /**
     * Calls {@code listener} with the message of every statement logged to {@value #SQL_LOGGER}
     * until the returned handle is closed.
     */
    public static Listening listen(Consumer<String> listener) {
        SQL_LISTENERS.add(listener);
        return () -> SQL_LISTENERS.remove(listener);
    }

    /** A registered listener; closing it unregisters it. */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        Map<String, Logger> loggers = new ConcurrentHashMap<>();
        loggerFactory = name -> loggers.computeIfAbsent(name, TestLogger::new);
        markerFactory = new BasicMarkerFactory();
        mdcAdapter = new BasicMDCAdapter();
    }

    private static Level threshold(String name) {
        if (name.equals(SQL_LOGGER)) {
            return Level.INFO;
        }
        for (Map.Entry<String, Level> entry : THRESHOLDS.entrySet()) {
            if (name.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return Level.INFO;
    }

    private static final class TestLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        private final transient Level threshold;
        private final boolean sql;

        TestLogger(String name) {
            this.name = name;
            this.threshold = threshold(name);
            this.sql = name.equals(SQL_LOGGER);
        }

        private boolean enabled(Level level) {
            return level.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
                Throwable throwable) {
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            if (sql) {
                for (Consumer<String> listener : SQL_LISTENERS) {
                    listener.accept(message);
                }
                if (!PRINT_SQL) {
                    return;
                }
            }
            PrintStream err = System.err;
            synchronized (err) {
                err.println(LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " [" + Thread.currentThread().getName() + "] "
                        + level + " " + name + " - " + message);
                if (throwable != null) {
                    throwable.printStackTrace(err);
                }
            }
        }
    }
}
