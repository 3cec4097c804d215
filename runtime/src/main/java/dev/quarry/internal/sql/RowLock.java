package dev.quarry.internal.sql;

/**
 * The parts of a row-locking clause ({@code FOR UPDATE}, {@code FOR SHARE}) that a
 * {@link Dialect} renders: how strong the lock is and what the statement does with rows another
 * transaction has locked.
 */
public final class RowLock {
    private RowLock() {
    }

    /** How strong a row lock is. */
    public enum Strength {
        /** An exclusive row lock, as an {@code UPDATE} or {@code DELETE} of the row takes. */
        UPDATE("FOR UPDATE"),
        /** A shared row lock: others may read and share-lock the row, not change it. */
        SHARE("FOR SHARE");

        private final String keywords;

        Strength(String keywords) {
            this.keywords = keywords;
        }

        /** The clause's keywords, such as {@code FOR UPDATE}. */
        public String keywords() {
            return keywords;
        }
    }

    /** What a locking statement does with a row that another transaction has locked. */
    public enum Wait {
        /** Waits until the other transaction ends (the default, no keyword). */
        WAIT(""),
        /** Fails at once ({@code NOWAIT}). */
        NOWAIT("NOWAIT"),
        /** Leaves the row out of the result ({@code SKIP LOCKED}). */
        SKIP_LOCKED("SKIP LOCKED");

        private final String keywords;

        Wait(String keywords) {
            this.keywords = keywords;
        }

        /** The clause's keywords, empty for {@link #WAIT}. */
        public String keywords() {
            return keywords;
        }
    }
}
