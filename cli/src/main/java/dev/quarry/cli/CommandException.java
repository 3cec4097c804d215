package dev.quarry.cli;

/** A command cannot run as asked (no model, a model class that cannot be loaded); exit code {@value Quarry#FAILED}. */
final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommandException(String message) {
        super(message);
    }

    CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
