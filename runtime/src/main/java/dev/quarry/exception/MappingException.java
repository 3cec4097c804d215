package dev.quarry.exception;

/** A value read from or bound to the database does not fit the entity's property (for example NULL in a primitive or an unknown enum name). */
public class MappingException extends QuarryException {
    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
