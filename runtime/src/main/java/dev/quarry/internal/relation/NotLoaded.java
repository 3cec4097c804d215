package dev.quarry.internal.relation;

import dev.quarry.exception.RelationNotLoadedException;

/**
 * Which relationship a holder stands for, to say how to load it.
 *
 * @param path     {@code Post.author}: the entity's simple name and the property
 * @param metamodel {@code POST.author}: the relationship in the metamodel, for the load option
 */
record NotLoaded(String path, String metamodel) {

    RelationNotLoadedException exception() {
        return new RelationNotLoadedException(path + " was not loaded: add .load(selectIn(" + metamodel
                + ")) or .load(joined(" + metamodel + ")) to the query that read it. Quarry never runs a query"
                + " when a relationship is read (that is how N+1 statements happen).");
    }
}
