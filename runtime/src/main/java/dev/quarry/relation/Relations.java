package dev.quarry.relation;

import dev.quarry.internal.relation.RelatedCollection;
import java.util.Collection;
import java.util.Objects;

/** Questions about relationship properties. */
public final class Relations {
    private Relations() {
    }

    /**
     * Whether a relationship property was loaded: a {@link Ref}, or a {@code List}/{@code Set}
     * read by Quarry (an empty loaded collection is loaded; an unloaded one is not). A collection
     * built in code counts as loaded.
     *
     * @param relationship the relationship property's value
     * @return {@code true} if it was loaded
     */
    public static boolean isLoaded(Object relationship) {
        Objects.requireNonNull(relationship, "relationship");
        if (relationship instanceof Ref<?> ref) {
            return ref.isLoaded();
        }
        if (relationship instanceof RelatedCollection<?> related) {
            return related.isLoaded();
        }
        if (relationship instanceof Collection<?>) {
            return true;
        }
        throw new IllegalArgumentException("not a relationship property (a Ref, List or Set): "
                + relationship.getClass().getName());
    }
}
