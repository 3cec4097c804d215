package dev.quarry.migration;

import dev.quarry.spi.TableSchema;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The differences between two schemas: the changes that take {@code from} (usually the
 * database) to {@code to} (usually the model), in the order a script applies them.
 *
 * @param from    the tables as they are
 * @param to      the tables as they should be
 * @param changes the changes, tables created first and dropped last
 */
public record SchemaDiff(List<TableSchema> from, List<TableSchema> to, List<SchemaChange> changes) {
    /**
     * Creates a diff; the lists are copied.
     *
     * @param from the tables as they are
     * @param to the tables as they should be
     * @param changes the changes from {@code from} to {@code to}
     */
    public SchemaDiff {
        from = List.copyOf(from);
        to = List.copyOf(to);
        changes = List.copyOf(changes);
    }

    /**
     * Whether the two schemas agree.
     *
     * @return {@code true} when there are no changes
     */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /**
     * Whether any change can lose data (a dropped table or column, a changed type).
     *
     * @return {@code true} if a change is destructive
     */
    public boolean destructive() {
        return changes.stream().anyMatch(SchemaChange::destructive);
    }

    /** One line per change, each as the change describes itself. */
    @Override
    public String toString() {
        return changes.isEmpty()
                ? "no changes"
                : changes.stream().map(change -> "  " + change).collect(Collectors.joining("\n"));
    }
}
