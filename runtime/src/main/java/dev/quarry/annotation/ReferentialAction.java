package dev.quarry.annotation;

/** What a foreign key does when the row it references is deleted. */
public enum ReferentialAction {
    /** Reject the delete (checked at the end of the statement). */
    NO_ACTION,
    /** Reject the delete immediately. */
    RESTRICT,
    /** Delete the referencing rows too. */
    CASCADE,
    /** Set the referencing column to NULL (the column must be nullable). */
    SET_NULL,
    /** Set the referencing column to its default. */
    SET_DEFAULT
}
