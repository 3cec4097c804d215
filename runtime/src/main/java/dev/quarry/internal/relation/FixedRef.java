package dev.quarry.internal.relation;

import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.relation.Ref;
import java.util.NoSuchElementException;
import java.util.Optional;

/** A {@link Ref} built in code: {@code Ref.of}, {@code Ref.empty}, {@code Ref.unloaded}; immutable. */
public final class FixedRef<T> implements Ref<T> {
    private final T entity;
    private final boolean loaded;

    public FixedRef(T entity, boolean loaded) {
        this.entity = entity;
        this.loaded = loaded;
    }

    @Override
    public T get() {
        return find().orElseThrow(() -> new NoSuchElementException("the reference is empty"));
    }

    @Override
    public Optional<T> find() {
        if (!loaded) {
            throw new RelationNotLoadedException("this reference was created unloaded (Ref.unloaded())");
        }
        return Optional.ofNullable(entity);
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    @Override
    public boolean equals(Object other) {
        return Holders.refEquals(this, other);
    }

    @Override
    public int hashCode() {
        return Holders.refHashCode(this);
    }

    @Override
    public String toString() {
        return Holders.refToString(this, "Ref");
    }
}
