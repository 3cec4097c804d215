package dev.quarry.exception;

/** A value read from or bound to the database does not fit the entity's property (for example NULL in a primitive or an unknown enum name). */
public class MappingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public MappingException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a message and a cause.
     *
     * @param message the detail message
     * @param cause   the exception that caused this one, or {@code null}
     */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
