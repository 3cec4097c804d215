package dev.quarry.internal.query;

import dev.quarry.EntityListener;
import dev.quarry.internal.exec.ConnectionSource;
import dev.quarry.internal.exec.Engine;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.query.DeleteWhereStep;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Expression;
import dev.quarry.query.InsertIntoStep;
import dev.quarry.query.Relation;
import dev.quarry.query.ResultQuery;
import dev.quarry.query.Select2;
import dev.quarry.query.Select3;
import dev.quarry.query.Select4;
import dev.quarry.query.Select5;
import dev.quarry.query.Select6;
import dev.quarry.query.SelectQuery;
import dev.quarry.query.Table;
import dev.quarry.query.TextQuery;
import dev.quarry.query.UpdateSetStep;
import dev.quarry.spi.EntityMapper;
import java.util.ArrayList;
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

    public <S, A> ResultQuery<S, A> select(Expression<S, A> expression) {
        return ResultQueryImpl.scalar(engine, source, from(ResultQueryImpl.expressions(expression)), expression);
    }

    public <S, A, B> Select2<S, A, B> select(Expression<? extends S, A> first, Expression<? extends S, B> second) {
        List<ExprImpl<?, ?>> selected = ResultQueryImpl.expressions(first, second);
        return new Select2Impl<>(engine, source, from(selected), selected);
    }

    public <S, A, B, C> Select3<S, A, B, C> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
                                                   Expression<? extends S, C> third) {
        List<ExprImpl<?, ?>> selected = ResultQueryImpl.expressions(first, second, third);
        return new Select3Impl<>(engine, source, from(selected), selected);
    }

    public <S, A, B, C, D> Select4<S, A, B, C, D> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
                                                         Expression<? extends S, C> third, Expression<? extends S, D> fourth) {
        List<ExprImpl<?, ?>> selected = ResultQueryImpl.expressions(first, second, third, fourth);
        return new Select4Impl<>(engine, source, from(selected), selected);
    }

    public <S, A, B, C, D, V> Select5<S, A, B, C, D, V> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
                                                               Expression<? extends S, C> third, Expression<? extends S, D> fourth,
                                                               Expression<? extends S, V> fifth) {
        List<ExprImpl<?, ?>> selected = ResultQueryImpl.expressions(first, second, third, fourth, fifth);
        return new Select5Impl<>(engine, source, from(selected), selected);
    }

    public <S, A, B, C, D, V, W> Select6<S, A, B, C, D, V, W> select(Expression<? extends S, A> first, Expression<? extends S, B> second,
                                                                     Expression<? extends S, C> third, Expression<? extends S, D> fourth,
                                                                     Expression<? extends S, V> fifth, Expression<? extends S, W> sixth) {
        List<ExprImpl<?, ?>> selected = ResultQueryImpl.expressions(first, second, third, fourth, fifth, sixth);
        return new Select6Impl<>(engine, source, from(selected), selected);
    }

    /** The {@code FROM} of a projection started from its expressions: the one table they read. */
    private static QueryModel from(List<ExprImpl<?, ?>> selected) {
        List<Table<?>> tables = new ArrayList<>();
        for (ExprImpl<?, ?> expression : selected) {
            expression.tables(table -> {
                for (Table<?> known : tables) {
                    if (known.name().equals(table.name()) && known.alias().equals(table.alias())) {
                        return;
                    }
                }
                tables.add(table);
            });
        }
        if (tables.size() == 1) {
            if (tables.get(0) instanceof EntityTable<?, ?> table) {
                return QueryModel.of(table);
            }
            throw new IllegalArgumentException("select(" + describe(selected) + ") reads " + tables.get(0).name()
                    + ", which is not an entity table: start from it, db.select(TABLE).select(...)");
        }
        List<String> names = new ArrayList<>();
        tables.forEach(table -> names.add(table.alias().map(alias -> table.name() + " as " + alias).orElse(table.name())));
        throw new IllegalArgumentException(tables.isEmpty()
                ? "select(" + describe(selected) + ") reads no table, so it has no FROM: start from a table,"
                        + " db.select(TABLE).select(...)"
                : "select(" + describe(selected) + ") reads " + tables.size() + " tables (" + String.join(", ", names)
                        + "), so its FROM is not one table: start from a table and join the others,"
                        + " db.select(TABLE).join(OTHER).on(...).select(...)");
    }

    private static String describe(List<ExprImpl<?, ?>> selected) {
        List<String> parts = new ArrayList<>();
        selected.forEach(expression -> parts.add(String.valueOf(expression)));
        return String.join(", ", parts);
    }

    public <E, K> Optional<E> get(EntityTable<E, K> table, K key) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        EntityMapper<E, K> mapper = table.mapper();
        String sql = engine.statements(table.schema()).selectByKey();
        Optional<E> found = source.withConnection(connection -> engine.runner().query(connection, sql,
                params -> mapper.bindKey(key, params, 1),
                (result, row) -> result.next() ? Optional.of(mapper.read(row, 1)) : Optional.empty()));
        if (found.isPresent() && source.callsLoadListeners()) {
            EntityListener<E> listener = engine.listeners().of(table);
            if (listener != null) {
                listener.afterLoad(found.get());
            }
        }
        return found;
    }

    public <E> E insert(EntityTable<E, ?> table, E entity) {
        return Inserts.insert(engine, source, Objects.requireNonNull(table, "table"), Objects.requireNonNull(entity, "entity"));
    }

    public <E> List<E> insertAll(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return Inserts.insertAll(engine, source, Objects.requireNonNull(table, "table"),
                Objects.requireNonNull(entities, "entities"));
    }

    public <E> long bulkInsert(EntityTable<E, ?> table, Collection<? extends E> entities) {
        return Inserts.bulkInsert(engine, source, Objects.requireNonNull(table, "table"),
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

    public <E> E persist(EntityTable<E, ?> table, E entity) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(entity, "entity");
        return source.atomically(connection -> new GraphWriter(engine, connection).persist(table, entity));
    }

    public <E> void remove(EntityTable<E, ?> table, E entity) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(entity, "entity");
        source.atomically(connection -> {
            new GraphWriter(engine, connection).removeAll(table, List.of(entity));
            return null;
        });
    }

    public <S, T> void link(Relation<S, T> relation, S from, T to) {
        changeLink(relation, from, to, true);
    }

    public <S, T> void unlink(Relation<S, T> relation, S from, T to) {
        changeLink(relation, from, to, false);
    }

    private <S, T> void changeLink(Relation<S, T> relation, S from, T to, boolean link) {
        RelationImpl<S, T> impl = RelationImpl.impl(relation);
        if (impl.kind() != Relation.Kind.MANY_TO_MANY) {
            String owner = impl.source().mapper().entityClass().getSimpleName();
            String fix = impl.kind() == Relation.Kind.ONE_TO_MANY
                    ? (link ? "add the target to the collection" : "remove the target from the collection")
                    : (link ? "set it to Ref.of(target)" : "set it to Ref.empty()");
            throw new IllegalArgumentException((link ? "link" : "unlink") + " writes the join rows of many-to-many"
                    + " relationships, and " + impl + " is " + impl.kind() + ": " + fix + " and persist the " + owner
                    + " instead");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        source.withConnection(connection -> {
            new GraphWriter(engine, connection).changeLink(impl, from, to, link);
            return null;
        });
    }
}
