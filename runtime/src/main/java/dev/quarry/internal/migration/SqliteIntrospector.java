package dev.quarry.internal.migration;

import dev.quarry.spi.TableSchema;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/** Reads the live schema of a Sqlite database. */
public final class SqliteIntrospector implements Introspector {
    @Override
    public List<TableSchema> tables(Connection connection, Set<String> excluded) {
        throw new UnsupportedOperationException("not built yet");
    }
}
