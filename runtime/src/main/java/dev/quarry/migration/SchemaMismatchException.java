package dev.quarry.migration;

import java.util.Objects;

/** The model and the database differ; thrown by {@link Migrations#check()}. */
public class SchemaMismatchException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final transient SchemaDiff diff;

    /**
     * Creates the exception for a non-empty difference.
     *
     * @param diff the differences
     */
    public SchemaMismatchException(SchemaDiff diff) {
        super("the database schema differs from the model (" + diff.changes().size() + " change"
                + (diff.changes().size() == 1 ? "" : "s") + "); generate a migration or upgrade:\n" + diff);
        this.diff = Objects.requireNonNull(diff, "diff");
    }

    /**
     * The differences found.
     *
     * @return the diff
     */
    public SchemaDiff diff() {
        return diff;
    }
}
