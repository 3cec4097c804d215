package dev.quarry.internal.relation;

import dev.quarry.exception.RelationNotLoadedException;

/** The exception for reading a relationship no load option filled, saying how to load it. */
final class NotLoaded {
    private NotLoaded() {
    }

    /**
     * The exception for one relationship.
     *
     * @param path      {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel, for the load option
     */
    static RelationNotLoadedException exception(String path, String metamodel) {
        return new RelationNotLoadedException(path + " was not loaded: add .load(selectIn(" + metamodel
                + ")) or .load(joined(" + metamodel + ")) to the query that read it. Quarry never runs a query"
                + " when a relationship is read (that is how N+1 statements happen).");
    }
}
