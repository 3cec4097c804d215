package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.sql.RenderedSql;
import dev.quarry.query.WriteQuery;
import java.util.List;

/** A rendered {@code UPDATE} or {@code DELETE}, ready to run any number of times. */
final class WriteQueryImpl implements WriteQuery {
    private final Engine engine;
    private final ConnectionSource source;
    private final RenderedSql sql;

    WriteQueryImpl(Engine engine, ConnectionSource source, RenderedSql sql) {
        this.engine = engine;
        this.source = source;
        this.sql = sql;
    }

    @Override
    public int execute() {
        return source.withConnection(connection -> engine.runner().update(connection, sql.sql(), sql::bind));
    }

    @Override
    public String toSql() {
        return sql.sql();
    }

    @Override
    public List<Object> parameters() {
        return sql.values();
    }

    @Override
    public String toString() {
        return sql.sql();
    }
}
