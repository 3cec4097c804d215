package dev.quarry.relation;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.internal.relation.FixedRef;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A to-one relationship ({@link dev.quarry.annotation.ManyToOne @ManyToOne} or
 * {@link dev.quarry.annotation.OneToOne @OneToOne}): the related entity once loaded.
 *
 * <p>An entity read by a query holds a {@code Ref} that is not loaded until a load option of
 * that query fills it; reading it before throws {@link RelationNotLoadedException}, whose message
 * names the load option to add. A loaded {@code Ref} either holds the related entity or is
 * {@linkplain #isPresent() empty} (a {@code NULL} foreign key, or no row on the inverse side of a
 * one-to-one).
 *
 * <p>{@code equals}, {@code hashCode} and {@code toString} never look into the related entity,
 * so entities that reference each other (a post and its author's posts) stay safe to print,
 * compare and hash: two refs are equal when both are unloaded, or both hold the same instance.
 *
 * @param <T> the related entity type
 */
public interface Ref<T> {
    /**
     * The related entity.
     *
     * @return the related entity
     * @throws RelationNotLoadedException if the relationship was not loaded
     * @throws NoSuchElementException     if it was loaded and there is no related entity
     */
    T get();

    /**
     * The related entity, or empty when there is none.
     *
     * @return the related entity, or empty
     * @throws RelationNotLoadedException if the relationship was not loaded
     */
    Optional<T> find();

    /**
     * Whether the relationship was loaded (present or empty).
     *
     * @return {@code true} if the relationship was loaded
     */
    boolean isLoaded();

    /**
     * Whether the relationship was loaded and holds an entity.
     *
     * @return {@code true} if it holds an entity
     * @throws RelationNotLoadedException if the relationship was not loaded
     */
    default boolean isPresent() {
        return find().isPresent();
    }

    /**
     * A loaded reference to {@code entity}, for entities built in code (a new post's author).
     *
     * @param <T> the related entity type
     * @param entity the related entity
     * @return the loaded reference
     */
    static <T> Ref<T> of(T entity) {
        return new FixedRef<>(Objects.requireNonNull(entity, "entity"), true);
    }

    /**
     * A loaded reference to no entity.
     *
     * @param <T> the related entity type
     * @return the loaded, empty reference
     */
    static <T> Ref<T> empty() {
        return new FixedRef<>(null, true);
    }

    /**
     * A reference that is not loaded, for entities built in code that leave the relationship unset.
     *
     * @param <T> the related entity type
     * @return the unloaded reference
     */
    static <T> Ref<T> unloaded() {
        return new FixedRef<>(null, false);
    }
}
