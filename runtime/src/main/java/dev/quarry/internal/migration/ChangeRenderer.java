package dev.quarry.internal.migration;

import dev.quarry.migration.SchemaDiff;
import java.util.List;

/**
 * Renders a diff as the statements of one dialect, in an order that runs: tables created
 * referenced-first, dropped referencing-first, foreign keys dropped before and added after the
 * columns they use. Destructive steps (dropped table or column, narrowed type) carry a
 * {@code WARNING} comment; rename candidates a comment asking to confirm.
 */
public interface ChangeRenderer {
    /**
     * The statements taking {@code diff.from()} to {@code diff.to()}.
     *
     * @param diff the changes
     * @return the steps, in order; empty for an empty diff
     */
    List<ScriptStep> render(SchemaDiff diff);
}
