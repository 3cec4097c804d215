package dev.quarry.internal.query;

import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.query.Condition;
import dev.quarry.query.Load;
import dev.quarry.query.Relation;
import dev.quarry.query.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An immutable load option: the path of relationships from the query's entity, each level with
 * its strategy, filter and order.
 */
public final class LoadImpl<R, T> implements Load<R, T> {
    /** One relationship of the path. */
    record Level(RelationImpl<?, ?> relation, boolean joined, AbstractCondition<?> where, List<SortImpl<?>> sorts) {
        Level with(AbstractCondition<?> changedWhere, List<SortImpl<?>> changedSorts) {
            return new Level(relation, joined, changedWhere, changedSorts);
        }

        /** Whether {@code other} loads the same relationship the same way. */
        boolean sameAs(Level other) {
            return relation.sameAs(other.relation) && joined == other.joined && where == other.where
                    && sorts.equals(other.sorts);
        }

        /** {@code selectIn(USER.posts)}: how the level reads in messages. */
        String describe() {
            return (joined ? "joined(" : "selectIn(") + relation + ")";
        }
    }

    final List<Level> levels;

    private LoadImpl(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** {@code selectIn(relation)} or {@code joined(relation)}. */
    public static <R, T> Load<R, T> start(Relation<R, T> relation, boolean joined) {
        return new LoadImpl<>(List.of(level(relation, joined, "joined", "selectIn")));
    }

    /**
     * One level; {@code call} is the method that asked for it ({@code joined}, {@code then},
     * {@code thenJoined}) and {@code fix} the one to name when a many-to-many cannot be joined.
     */
    private static Level level(Relation<?, ?> relation, boolean joined, String call, String fix) {
        RelationImpl<?, ?> impl = RelationImpl.impl(relation);
        if (joined && impl.kind() == Relation.Kind.MANY_TO_MANY) {
            throw new IllegalArgumentException(call + "(" + impl + ") " + (call.equals("then") ? "joins like the level"
                    + " before it, which a many-to-many cannot be" : "cannot load a many-to-many relationship")
                    + ": use " + fix + "(" + impl + ") (one statement for the whole level)");
        }
        return new Level(impl, joined, null, List.of());
    }

    static LoadImpl<?, ?> impl(Load<?, ?> load) {
        Objects.requireNonNull(load, "load option");
        if (load instanceof LoadImpl<?, ?> impl) {
            return impl;
        }
        throw new IllegalArgumentException("not a load option made by Load.selectIn or Load.joined: " + load);
    }

    private Level last() {
        return levels.get(levels.size() - 1);
    }

    private LoadImpl<R, T> withLast(Level changed) {
        List<Level> copy = new ArrayList<>(levels);
        copy.set(copy.size() - 1, changed);
        return new LoadImpl<>(copy);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"}) // scopes are compile-time markers only
    public Load<R, T> where(Condition<T> condition) {
        AbstractCondition<?> added = AbstractCondition.impl(Objects.requireNonNull(condition, "condition"));
        Level last = last();
        AbstractCondition<?> combined = last.where() == null ? added
                : Junction.of(Junction.Kind.AND, (AbstractCondition) last.where(), (AbstractCondition) added);
        return withLast(last.with(combined, last.sorts()));
    }

    @Override
    public Load<R, T> orderBy(Sort<T> sort) {
        return orderBy(List.of(Objects.requireNonNull(sort, "sort")));
    }

    @Override
    public Load<R, T> orderBy(Sort<T> first, Sort<T> second) {
        return orderBy(List.of(Objects.requireNonNull(first, "first"), Objects.requireNonNull(second, "second")));
    }

    @Override
    public Load<R, T> orderBy(List<? extends Sort<T>> sorts) {
        List<SortImpl<?>> combined = new ArrayList<>(last().sorts());
        combined.addAll(SelectQueryImpl.sorts(sorts));
        return withLast(last().with(last().where(), List.copyOf(combined)));
    }

    @Override
    public <U> Load<R, U> then(Relation<T, U> relation) {
        return append(relation, last().joined(), "then");
    }

    @Override
    public <U> Load<R, U> thenSelectIn(Relation<T, U> relation) {
        return append(relation, false, "thenSelectIn");
    }

    @Override
    public <U> Load<R, U> thenJoined(Relation<T, U> relation) {
        return append(relation, true, "thenJoined");
    }

    private <U> Load<R, U> append(Relation<T, U> relation, boolean joined, String call) {
        Level next = level(relation, joined, call, "thenSelectIn");
        Class<?> expected = last().relation().target().mapper().entityClass();
        if (next.relation().source().mapper().entityClass() != expected) {
            throw new IllegalArgumentException(next.relation() + " does not start from " + expected.getSimpleName());
        }
        List<Level> copy = new ArrayList<>(levels);
        copy.add(next);
        return new LoadImpl<>(copy);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(levels.get(0).describe());
        for (int i = 1; i < levels.size(); i++) {
            Level level = levels.get(i);
            text.append(level.joined() == levels.get(i - 1).joined() ? ".then(" : level.joined() ? ".thenJoined(" : ".thenSelectIn(")
                    .append(level.relation()).append(")");
        }
        return text.toString();
    }
}
