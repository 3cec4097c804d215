package dev.quarry.internal.query;

import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.InsertIntoStep;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.TextQuery;
import dev.quarry.query.UpdateSetStep;
import dev.quarry.spi.EntityMapper;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The statements of {@link dev.quarry.DataAccess}, run on one connection source. */
public final class Operations {
    private final Engine engine;
    private final ConnectionSource source;

    public Operations(Engine engine, ConnectionSource source) {
        this.engine = engine;
        this.source = source;
    }

    public <E> SelectQuery<E> select(EntityTable<E, ?> table) {
        return SelectQueryImpl.of(engine, source, Objects.requireNonNull(table, "table"));
    }

    public <E, K> Optional<E> get(EntityTable<E, K> table, K key) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        EntityMapper<E, K> mapper = table.mapper();
        String sql = engine.statements(table.schema()).selectByKey();
        return source.withConnection(connection -> engine.runner().query(connection, sql,
                params -> mapper.bindKey(key, params, 1),
                (result, row) -> result.next() ? Optional.of(mapper.read(row, 1)) : Optional.empty()));
    }

    public <E> E insert(EntityTable<E, ?> table, E entity) {
        return Inserts.insert(engine, source, Objects.requireNonNull(table, "table"), Objects.requireNonNull(entity, "entity"));
    }

    public <E> List<E> insertAll(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return Inserts.insertAll(engine, source, Objects.requireNonNull(table, "table"),
                Objects.requireNonNull(entities, "entities"));
    }

    public TextQuery text(String sql) {
        return TextQueryImpl.of(engine, source, sql);
    }

    public <E> InsertIntoStep<E> insertInto(EntityTable<E, ?> table) {
        return InsertQuery.into(engine, source, table);
    }

    public <E> UpdateSetStep<E> update(EntityTable<E, ?> table) {
        return UpdateQuery.of(engine, source, Objects.requireNonNull(table, "table"));
    }

    public <E> DeleteWhereStep<E> delete(EntityTable<E, ?> table) {
        return new DeleteQuery<>(engine, source, Objects.requireNonNull(table, "table"));
    }
}
