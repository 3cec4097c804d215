package dev.quarry.internal.relation;

import dev.quarry.query.Relation;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A one-to-many or many-to-many {@code Set} read by Quarry, in load order. Like
 * {@link RelatedList}: unloaded access throws, and equality, hash and text never look into the
 * elements (membership uses the elements' own {@code equals}).
 */
public final class RelatedSet<T> extends AbstractSet<T> implements RelatedCollection<T> {
    /** {@code Post.author}: the entity's simple name and the property, for messages. */
    private final String path;
    /** {@code POST.author}: the relationship in the metamodel, for the load option a message names. */
    private final String metamodel;
    /** Whether {@code joined} can load the relationship (not a many-to-many), for messages. */
    private final boolean joinable;
    /** The elements as loaded or last persisted; {@code null} until loaded. */
    private ArrayList<T> loaded;
    private LinkedHashSet<T> elements;

    RelatedSet(String path, String metamodel, Relation.Kind kind) {
        this.path = path;
        this.metamodel = metamodel;
        this.joinable = kind != Relation.Kind.MANY_TO_MANY;
    }

    private LinkedHashSet<T> elements() {
        if (elements == null) {
            throw NotLoaded.exception(path, metamodel, joinable);
        }
        return elements;
    }

    @Override
    public boolean isLoaded() {
        return elements != null;
    }

    @Override
    public List<T> loadedElements() {
        return loaded == null ? List.of() : Collections.unmodifiableList(loaded);
    }

    @Override
    public void markPersisted() {
        loaded = new ArrayList<>(elements());
    }

    @Override
    public void load(Collection<? extends T> related) {
        loaded = new ArrayList<>(related);
        elements = new LinkedHashSet<>(related);
    }

    @Override
    public void loadOne(T related) {
        if (loaded == null) {
            loaded = new ArrayList<>();
        }
        loaded.add(related);
        if (elements == null) {
            elements = new LinkedHashSet<>();
        }
        elements.add(related);
    }


    @Override
    public Iterator<T> iterator() {
        return elements().iterator();
    }

    @Override
    public int size() {
        return elements().size();
    }

    @Override
    public boolean add(T element) {
        return elements().add(element);
    }

    @Override
    public boolean contains(Object element) {
        return elements().contains(element);
    }

    @Override
    public boolean remove(Object element) {
        return elements().remove(element);
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof Set<?> that)) {
            return false;
        }
        if (other instanceof RelatedSet<?> related && !related.isLoaded()) {
            return !isLoaded();
        }
        if (!isLoaded() || size() != that.size()) {
            return false;
        }
        Set<Object> theirs = Collections.newSetFromMap(new IdentityHashMap<>());
        theirs.addAll(that);
        return theirs.containsAll(elements);
    }

    @Override
    public int hashCode() {
        if (!isLoaded()) {
            return 0;
        }
        int hash = 0;
        for (T element : elements) {
            hash += System.identityHashCode(element);
        }
        return hash;
    }

    @Override
    public String toString() {
        return path + (isLoaded() ? "(" + elements.size() + " loaded)" : "(not loaded)");
    }
}
