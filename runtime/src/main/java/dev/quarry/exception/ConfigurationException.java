package dev.quarry.exception;

/** The database configuration is unusable: an unsupported URL, a missing driver, or settings that contradict each other. */
public class ConfigurationException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
