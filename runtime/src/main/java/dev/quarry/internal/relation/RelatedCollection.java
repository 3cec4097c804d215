package dev.quarry.internal.relation;

import java.util.Collection;
import java.util.List;

/** The {@code List} or {@code Set} an entity read by Quarry holds: unloaded until a load option fills it. */
public interface RelatedCollection<T> extends Collection<T> {
    /** Whether a load option filled it. */
    boolean isLoaded();

    /** Replaces the contents with {@code related} and marks the collection loaded. */
    void load(Collection<? extends T> related);

    /** Adds one loaded element, marking the collection loaded. */
    void loadOne(T related);


    /**
     * The elements as loaded (or as last persisted), whatever was added or removed since: what
     * persisting compares the collection with to find removed elements.
     */
    List<T> loadedElements();

    /** Takes the current elements as the persisted state. */
    void markPersisted();
}
