package dev.quarry.internal.relation;

import dev.quarry.relation.Ref;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The {@link Ref} an entity read by Quarry holds: unloaded until a load option fills it. */
public final class RefHolder<T> implements Ref<T> {
    /** {@code Post.author}: the entity's simple name and the property, for messages. */
    private final String path;
    /** {@code POST.author}: the relationship in the metamodel, for the load option a message names. */
    private final String metamodel;
    private boolean loaded;
    private T entity;

    RefHolder(String path, String metamodel) {
        this.path = path;
        this.metamodel = metamodel;
    }

    /** Fills the reference ({@code null}: loaded, no related entity). */
    public void load(T related) {
        this.entity = related;
        this.loaded = true;
    }

    @Override
    public T get() {
        if (!loaded) {
            throw NotLoaded.exception(path, metamodel, true);
        }
        if (entity == null) {
            throw new NoSuchElementException(path + " is empty: no related entity");
        }
        return entity;
    }

    @Override
    public Optional<T> find() {
        if (!loaded) {
            throw NotLoaded.exception(path, metamodel, true);
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
        return Holders.refToString(this, path);
    }
}
