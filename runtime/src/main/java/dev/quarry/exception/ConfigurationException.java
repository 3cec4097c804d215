package dev.quarry.exception;

/** The database configuration is unusable: an unsupported URL, a missing driver, or settings that contradict each other. */
public class ConfigurationException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public ConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
