package dev.quarry.internal.relation;

import dev.quarry.query.Relation;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;

/**
 * A one-to-many or many-to-many {@code List} read by Quarry. Every access before it is loaded
 * throws the exception that names the load option; once loaded it is an ordinary mutable list.
 * {@code equals} and {@code hashCode} compare elements by identity and {@code toString} does not
 * print them, so cyclic object graphs stay safe (see {@link Holders}).
 */
public final class RelatedList<T> extends AbstractList<T> implements RelatedCollection<T>, RandomAccess {
    /** {@code Post.author}: the entity's simple name and the property, for messages. */
    private final String path;
    /** {@code POST.author}: the relationship in the metamodel, for the load option a message names. */
    private final String metamodel;
    /** Whether {@code joined} can load the relationship (not a many-to-many), for messages. */
    private final boolean joinable;
    /** The elements as loaded or last persisted; {@code null} until loaded. */
    private ArrayList<T> loaded;
    private ArrayList<T> elements;

    RelatedList(String path, String metamodel, Relation.Kind kind) {
        this.path = path;
        this.metamodel = metamodel;
        this.joinable = kind != Relation.Kind.MANY_TO_MANY;
    }

    private ArrayList<T> elements() {
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
        elements = new ArrayList<>(related);
    }

    @Override
    public void loadOne(T related) {
        if (loaded == null) {
            loaded = new ArrayList<>();
        }
        loaded.add(related);
        if (elements == null) {
            elements = new ArrayList<>();
        }
        elements.add(related);
    }


    @Override
    public Iterator<T> iterator() {
        elements();
        return super.iterator();
    }

    @Override
    public ListIterator<T> listIterator(int index) {
        elements();
        return super.listIterator(index);
    }

    @Override
    public T get(int index) {
        return elements().get(index);
    }

    @Override
    public int size() {
        return elements().size();
    }

    @Override
    public T set(int index, T element) {
        return elements().set(index, element);
    }

    @Override
    public void add(int index, T element) {
        elements().add(index, element);
        modCount++;
    }

    @Override
    public T remove(int index) {
        T removed = elements().remove(index);
        modCount++;
        return removed;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (!(other instanceof List<?> that)) {
            return false;
        }
        if (other instanceof RelatedList<?> related && !related.isLoaded()) {
            return !isLoaded();
        }
        if (!isLoaded() || size() != that.size()) {
            return false;
        }
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) != that.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        if (!isLoaded()) {
            return 0;
        }
        int hash = 1;
        for (T element : elements) {
            hash = 31 * hash + System.identityHashCode(element);
        }
        return hash;
    }

    @Override
    public String toString() {
        return path + (isLoaded() ? "(" + elements.size() + " loaded)" : "(not loaded)");
    }
}
