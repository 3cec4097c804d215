package dev.quarry.exception;

/**
 * A relationship was read that the query did not load. Quarry never loads a relationship behind
 * the caller's back (that is how N+1 statements happen); the message names the relationship and
 * the load option to add to the query that read the entity.
 */
public class RelationNotLoadedException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception with a message.
     *
     * @param message the detail message
     */
    public RelationNotLoadedException(String message) {
        super(message);
    }
}
