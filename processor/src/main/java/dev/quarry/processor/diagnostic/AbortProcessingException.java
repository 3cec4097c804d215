package dev.quarry.processor.diagnostic;

/**
 * Stops processing of one type after its errors have been reported. Caught by the step that
 * processes the type; never escapes the processor.
 */
public final class AbortProcessingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AbortProcessingException() {
        super("processing of the type was aborted after reporting its errors", null, false, false);
    }
}
