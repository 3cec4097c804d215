package dev.quarry.internal.relation;

import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.spi.RelationSchema;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A relationship of a generated metamodel. The target table is resolved on first use, since
 * metamodels that reference each other cannot both be initialised first.
 *
 * @param <S> the declaring entity
 * @param <T> the related entity
 */
public final class RelationImpl<S, T> implements Relation<S, T> {
    private final RelationSchema schema;
    private final EntityTable<S, ?> source;
    private final Supplier<? extends EntityTable<T, ?>> targetSupplier;
    private final Function<? super S, ?> sourceValue;
    private final Function<? super S, ?> holder;
    private volatile EntityTable<T, ?> target;
    private volatile Optional<RelationImpl<T, S>> inverse;

    public RelationImpl(RelationSchema schema, EntityTable<S, ?> source, Supplier<? extends EntityTable<T, ?>> target,
                        Function<? super S, ?> sourceValue, Function<? super S, ?> holder) {
        this.schema = Objects.requireNonNull(schema, "schema");
        this.source = Objects.requireNonNull(source, "source");
        this.targetSupplier = Objects.requireNonNull(target, "target");
        this.sourceValue = Objects.requireNonNull(sourceValue, "sourceValue");
        this.holder = Objects.requireNonNull(holder, "holder");
    }

    /** The implementation behind a {@link Relation} of a generated metamodel. */
    @SuppressWarnings("unchecked")
    public static <S, T> RelationImpl<S, T> impl(Relation<S, T> relation) {
        Objects.requireNonNull(relation, "relation");
        if (relation instanceof RelationImpl<?, ?> impl) {
            return (RelationImpl<S, T>) impl;
        }
        throw new IllegalArgumentException("not a relationship of a generated metamodel: " + relation);
    }

    @Override
    public String name() {
        return schema.name();
    }

    @Override
    public Kind kind() {
        return schema.kind();
    }

    @Override
    public EntityTable<S, ?> source() {
        return source;
    }

    @Override
    public EntityTable<T, ?> target() {
        EntityTable<T, ?> resolved = target;
        if (resolved == null) {
            resolved = Objects.requireNonNull(targetSupplier.get(), "target table");
            target = resolved;
        }
        return resolved;
    }

    /** How the relationship is stored. */
    public RelationSchema schema() {
        return schema;
    }

    /** The value of {@link RelationSchema#sourceColumn()} in a source entity. */
    public Object sourceValue(S entity) {
        return sourceValue.apply(entity);
    }

    /** The holder ({@code Ref}, {@code List} or {@code Set}) of this relationship in a source entity. */
    public Object holder(S entity) {
        return holder.apply(entity);
    }

    /** {@code Post.author}: the declaring entity's simple name and the property. */
    public String path() {
        return source.mapper().entityClass().getSimpleName() + "." + schema.name();
    }

    /**
     * The other side of the pair, if the target declares one: the relationship {@code mappedBy}
     * names, or the target's relationship whose {@code mappedBy} names this one.
     */
    @SuppressWarnings("unchecked")
    public Optional<RelationImpl<T, S>> inverse() {
        Optional<RelationImpl<T, S>> resolved = inverse;
        if (resolved == null) {
            resolved = Optional.empty();
            Class<?> sourceClass = source.mapper().entityClass();
            for (Relation<T, ?> candidate : target().relations()) {
                RelationImpl<T, ?> other = impl(candidate);
                boolean pair = schema.mappedBy() != null
                        ? other.name().equals(schema.mappedBy())
                        : schema.name().equals(other.schema.mappedBy());
                if (pair && other.target().mapper().entityClass() == sourceClass) {
                    resolved = Optional.of((RelationImpl<T, S>) other);
                    break;
                }
            }
            inverse = resolved;
        }
        return resolved;
    }

    /** Whether {@code other} is the same relationship of the same entity (aliases aside). */
    public boolean sameAs(RelationImpl<?, ?> other) {
        return other.name().equals(name()) && other.source.name().equals(source.name());
    }

    /**
     * {@code POST.tags}: the relationship as code names it, through the metamodel constant of the
     * declaring entity ({@code POST.as("p").tags} when reached through an aliased table).
     */
    @Override
    public String toString() {
        String constant = constantName(source.mapper().entityClass().getSimpleName());
        return source.alias().map(alias -> constant + ".as(\"" + alias + "\")").orElse(constant) + "." + schema.name();
    }

    /**
     * {@code BlogPost} → {@code BLOG_POST}: the metamodel constant of an entity, by the
     * processor's naming rule (its {@code Names.constantName}).
     */
    static String constantName(String simpleName) {
        StringBuilder out = new StringBuilder(simpleName.length() + 4);
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(simpleName, i) && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        return Character.isUpperCase(previous) && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
    }
}
