package dev.quarry.internal.migration;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaDiff;
import java.util.List;

/** Renders schema changes as Postgres DDL. */
public final class PostgresChangeRenderer implements ChangeRenderer {
    private final Dialect dialect;

    public PostgresChangeRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public List<ScriptStep> render(SchemaDiff diff) {
        throw new UnsupportedOperationException("not built yet");
    }
}
