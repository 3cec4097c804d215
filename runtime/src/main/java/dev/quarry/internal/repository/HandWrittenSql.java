package dev.quarry.internal.repository;

import dev.quarry.exception.NoResultException;
import dev.quarry.exception.NonUniqueResultException;
import dev.quarry.internal.exec.Binding;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.CursorStreams;
import dev.quarry.internal.exec.Engine;
import dev.quarry.spi.ListParameter;
import dev.quarry.spi.ParameterBinding;
import dev.quarry.spi.RowMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the SQL of {@code @Query} methods, which the processor checked and turned into JDBC
 * text with {@code ?} parameters at compile time. Statements join the current thread's
 * transaction, if any (or run on a session's connection). The methods taking {@link ListParameter}s first expand each list
 * placeholder into one {@code ?} per value ({@link ListExpansion}); their binding binds the
 * other placeholders by their position in the SQL as written.
 */
public final class HandWrittenSql {
    private final Engine engine;
    private final ConnectionSource source;
    private final ListExpansion expansion;

    HandWrittenSql(Engine engine) {
        this(engine, engine);
    }

    /** Runs the statements on {@code source} (a session's connection). */
    public HandWrittenSql(Engine engine, ConnectionSource source) {
        this.engine = engine;
        this.source = source;
        this.expansion = new ListExpansion(engine.dialect());
    }

    /** Every row, mapped. */
    public <T> List<T> list(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return rows(sql, binding::bind, mapping);
    }

    /** Every row, mapped, with {@code lists} expanded. */
    public <T> List<T> list(String sql, List<ListParameter> lists, ParameterBinding binding, RowMapping<T> mapping) {
        ListExpansion.Expanded statement = expansion.expand(sql, lists, binding);
        return rows(statement.sql(), statement.binding(), mapping);
    }

    /** The only row, if any, with {@code lists} expanded; several rows are an error. */
    public <T> Optional<T> optional(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        ListExpansion.Expanded statement = expansion.expand(sql, lists, binding);
        return atMostOne(statement.sql(), statement.binding(), mapping);
    }

    /** The only row, with {@code lists} expanded; none or several rows are an error. */
    public <T> T one(String sql, List<ListParameter> lists, ParameterBinding binding, RowMapping<T> mapping) {
        ListExpansion.Expanded statement = expansion.expand(sql, lists, binding);
        return exactlyOne(statement.sql(), statement.binding(), mapping);
    }

    /** The number of rows a statement changed, with {@code lists} expanded. */
    public int execute(String sql, List<ListParameter> lists, ParameterBinding binding) {
        ListExpansion.Expanded statement = expansion.expand(sql, lists, binding);
        return update(statement.sql(), statement.binding());
    }

    /** The rows as they are read, with {@code lists} expanded; close the stream. */
    public <T> Stream<T> stream(String sql, List<ListParameter> lists, ParameterBinding binding,
            RowMapping<T> mapping) {
        ListExpansion.Expanded statement = expansion.expand(sql, lists, binding);
        return CursorStreams.open(engine, source, statement.sql(), statement.binding(), mapping);
    }

    private <T> List<T> rows(String sql, Binding binding, RowMapping<T> mapping) {
        return source.withConnection(connection -> engine.runner().query(connection, sql, binding,
                (result, row) -> {
                    List<T> rows = new ArrayList<>();
                    while (result.next()) {
                        rows.add(mapping.map(row));
                    }
                    return rows;
                }));
    }

    /** The only row, if any; several rows are an error. */
    public <T> Optional<T> optional(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return atMostOne(sql, binding::bind, mapping);
    }

    private <T> Optional<T> atMostOne(String sql, Binding binding, RowMapping<T> mapping) {
        return source.withConnection(connection -> engine.runner().query(connection, sql, binding,
                (result, row) -> {
                    if (!result.next()) {
                        return Optional.<T>empty();
                    }
                    T first = mapping.map(row);
                    if (result.next()) {
                        throw new NonUniqueResultException("more than one row returned by a query expected to return"
                                + " at most one: " + sql);
                    }
                    return Optional.ofNullable(first);
                }));
    }

    /** The only row; none or several rows are an error. */
    public <T> T one(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return exactlyOne(sql, binding::bind, mapping);
    }

    private <T> T exactlyOne(String sql, Binding binding, RowMapping<T> mapping) {
        return source.withConnection(connection -> engine.runner().query(connection, sql, binding,
                (result, row) -> {
                    if (!result.next()) {
                        throw new NoResultException("no row returned by a query expected to return one: " + sql);
                    }
                    T first = mapping.map(row);
                    if (result.next()) {
                        throw new NonUniqueResultException("more than one row returned by a query expected to return"
                                + " one: " + sql);
                    }
                    return first;
                }));
    }

    /** The number of rows an {@code INSERT}, {@code UPDATE} or {@code DELETE} changed. */
    public int execute(String sql, ParameterBinding binding) {
        return update(sql, binding::bind);
    }

    private int update(String sql, Binding binding) {
        return source.withConnection(connection -> engine.runner().update(connection, sql, binding));
    }

    /** The rows as they are read; the stream holds a connection until it is closed or read to its end. */
    public <T> Stream<T> stream(String sql, ParameterBinding binding, RowMapping<T> mapping) {
        return CursorStreams.open(engine, source, sql, binding::bind, mapping);
    }
}
