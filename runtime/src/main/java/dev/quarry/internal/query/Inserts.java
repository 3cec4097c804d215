package dev.quarry.internal.query;

import dev.quarry.EntityListener;
import dev.quarry.exception.QuarryException;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.exec.InsertStatement;
import dev.quarry.internal.exec.TableStatements;
import dev.quarry.internal.sql.CopyRowWriter;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inserts entities with the table's cached statements, filling {@code @CreatedAt} and
 * {@code @UpdatedAt} columns first ({@link Timestamps}) and calling the table's
 * {@link EntityListener} around the statements. Many entities go in multi-row
 * {@code INSERT}s: one per group of entities leaving out the same server-default columns,
 * split so no statement exceeds the dialect's parameter limit, all in one transaction; the
 * returned keys and defaults are put into the entities in input order.
 */
final class Inserts {
    /** The characters of {@code COPY} text sent at a time. */
    private static final int COPY_CHUNK = 256 * 1024;

    private Inserts() {
    }

    static <E> E insert(Engine engine, ConnectionSource source, EntityTable<E, ?> table, E entity) {
        return source.withConnection(connection -> insertOn(engine, connection, table, entity));
    }

    /** Inserts one entity on {@code connection}; returns it with its generated key and defaults. */
    static <E> E insertOn(Engine engine, Connection connection, EntityTable<E, ?> table, E given) {
        EntityMapper<E, ?> mapper = table.mapper();
        E entity = Timestamps.onInsert(engine.clock(), table, given);
        EntityListener<E> listener = engine.listeners().of(table);
        if (listener == null) {
            return insertOn(engine, connection, table, mapper, entity);
        }
        listener.beforeInsert(entity);
        E inserted = insertOn(engine, connection, table, mapper, entity);
        listener.afterInsert(inserted);
        return inserted;
    }

    private static <E> E insertOn(Engine engine, Connection connection, EntityTable<E, ?> table,
                                  EntityMapper<E, ?> mapper, E entity) {
        long omitted = mapper.omittedDefaults(entity);
        InsertStatement statement = engine.statements(table.schema()).insert(omitted);
        String sql = statement.single();
        if (!statement.returns()) {
            engine.runner().update(connection, sql, params -> mapper.bindInsert(entity, omitted, params, 1));
            return entity;
        }
        return engine.runner().query(connection, sql,
                params -> mapper.bindInsert(entity, omitted, params, 1),
                (result, row) -> {
                    if (!result.next()) {
                        throw new QuarryException("the insert into " + table.name() + " returned no row: " + sql);
                    }
                    return mapper.withReturned(entity, omitted, row);
                });
    }

    static <E> List<E> insertAll(Engine engine, ConnectionSource source, EntityTable<E, ?> table,
                                 Collection<? extends E> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        List<E> input = nonNull(entities, "insertAll");
        return source.atomically(connection -> insertAllOn(engine, connection, table, input));
    }

    /**
     * Inserts entities without reading anything back: a {@code COPY} per group of entities leaving
     * out the same server-default columns where the dialect has it, else multi-row inserts without
     * {@code RETURNING}; all in one transaction. Returns the number of rows inserted.
     */
    static <E> long bulkInsert(Engine engine, ConnectionSource source, EntityTable<E, ?> table,
                               Collection<? extends E> entities) {
        if (entities.isEmpty()) {
            return 0;
        }
        List<E> input = nonNull(entities, "bulkInsert");
        return source.atomically(connection -> {
            TableStatements statements = engine.statements(table.schema());
            long rows = 0;
            for (Map.Entry<Long, List<Integer>> group : groups(table.mapper(), input).entrySet()) {
                long omitted = group.getKey();
                InsertStatement statement = statements.bulkInsert(omitted);
                if (engine.dialect().hasCopy() && statement.multiRow()) {
                    rows += copy(engine, connection, table.mapper(), statements.copy(omitted), statement, omitted,
                            group.getValue(), input);
                } else {
                    insertGroup(engine, connection, table, statement, omitted, group.getValue(), input,
                            new Object[input.size()]);
                    rows += group.getValue().size();
                }
            }
            return rows;
        });
    }

    /** Streams the entities at {@code indexes} with {@code COPY}, in chunks of about {@value #COPY_CHUNK} characters. */
    private static <E> long copy(Engine engine, Connection connection, EntityMapper<E, ?> mapper, String sql,
                                 InsertStatement statement, long omitted, List<Integer> indexes, List<E> input) {
        return engine.runner().copy(connection, sql, stream -> {
            CopyRowWriter rows = new CopyRowWriter(statement.parametersPerRow());
            for (int index : indexes) {
                rows.startRow();
                mapper.bindInsert(input.get(index), omitted, rows, 1);
                rows.endRow();
                if (rows.pending() >= COPY_CHUNK) {
                    stream.write(rows.take());
                }
            }
            if (rows.pending() > 0) {
                stream.write(rows.take());
            }
        });
    }

    private static <E> List<E> nonNull(Collection<? extends E> entities, String operation) {
        List<E> input = new ArrayList<>(entities.size());
        for (E entity : entities) {
            input.add(Objects.requireNonNull(entity, () -> operation + ": the collection holds a null entity"));
        }
        return input;
    }

    /** The positions of the entities, grouped by the server-default columns they leave out, in first-seen order. */
    private static <E> Map<Long, List<Integer>> groups(EntityMapper<E, ?> mapper, List<E> input) {
        Map<Long, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < input.size(); i++) {
            groups.computeIfAbsent(mapper.omittedDefaults(input.get(i)), bits -> new ArrayList<>()).add(i);
        }
        return groups;
    }

    /** Inserts entities on {@code connection}, batched as {@link #insertAll} does; returns them in input order. */
    static <E> List<E> insertAllOn(Engine engine, Connection connection, EntityTable<E, ?> table, List<E> given) {
        List<E> input = given;
        if (Timestamps.stamped(table.schema())) {
            input = new ArrayList<>(given.size());
            for (E entity : given) {
                input.add(Timestamps.onInsert(engine.clock(), table, entity));
            }
        }
        EntityListener<E> listener = engine.listeners().of(table);
        if (listener != null) {
            for (E entity : input) {
                listener.beforeInsert(entity);
            }
        }
        Map<Long, List<Integer>> groups = groups(table.mapper(), input);
        TableStatements statements = engine.statements(table.schema());
        Object[] results = new Object[input.size()];
        for (Map.Entry<Long, List<Integer>> group : groups.entrySet()) {
            InsertStatement statement = statements.insert(group.getKey());
            insertGroup(engine, connection, table, statement, group.getKey(), group.getValue(), input, results);
        }
        @SuppressWarnings("unchecked") // every slot holds an E written by insertGroup
        List<E> inserted = (List<E>) Arrays.asList(results);
        if (listener != null) {
            for (E entity : inserted) {
                listener.afterInsert(entity);
            }
        }
        return Collections.unmodifiableList(inserted);
    }

    private static <E> void insertGroup(Engine engine, Connection connection, EntityTable<E, ?> table,
                                        InsertStatement statement, long omitted, List<Integer> indexes,
                                        List<E> input, Object[] results) {
        int rowsPerStatement = statement.multiRow()
                ? Math.max(1, engine.dialect().parameterLimit() / statement.parametersPerRow())
                : 1;
        for (int from = 0; from < indexes.size(); from += rowsPerStatement) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + rowsPerStatement));
            insertChunk(engine, connection, table, statement, omitted, chunk, input, results);
        }
    }

    private static <E> void insertChunk(Engine engine, Connection connection, EntityTable<E, ?> table,
                                        InsertStatement statement, long omitted, List<Integer> chunk,
                                        List<E> input, Object[] results) {
        EntityMapper<E, ?> mapper = table.mapper();
        String sql = statement.sql(chunk.size());
        if (!statement.returns()) {
            engine.runner().update(connection, sql, params -> bindRows(mapper, omitted, chunk, input, params));
            for (int index : chunk) {
                results[index] = input.get(index);
            }
            return;
        }
        engine.runner().query(connection, sql, params -> bindRows(mapper, omitted, chunk, input, params),
                (result, row) -> {
                    for (int index : chunk) {
                        if (!result.next()) {
                            throw new QuarryException("the insert into " + table.name() + " returned fewer rows than the "
                                    + chunk.size() + " it inserted: " + sql);
                        }
                        results[index] = mapper.withReturned(input.get(index), omitted, row);
                    }
                    return null;
                });
    }

    private static <E> int bindRows(EntityMapper<E, ?> mapper, long omitted, List<Integer> chunk, List<E> input,
                                    ParameterBinder params) throws SQLException {
        int next = 1;
        for (int index : chunk) {
            next = mapper.bindInsert(input.get(index), omitted, params, next);
        }
        return next;
    }
}
