package dev.quarry.internal.migration;

import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.TableSchema;
import java.util.List;

/** Compares two schemas: a pure function, unit-tested without a database. */
public final class SchemaDiffer {
    private final Dialect dialect;

    public SchemaDiffer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The changes taking {@code from} to {@code to}. */
    public SchemaDiff diff(List<TableSchema> from, List<TableSchema> to) {
        throw new UnsupportedOperationException("not built yet");
    }
}
