package dev.quarry.internal.relation;

import dev.quarry.exception.RelationNotLoadedException;

/** The exception for reading a relationship no load option filled, saying how to load it. */
final class NotLoaded {
    private NotLoaded() {
    }

    /**
     * The exception for one relationship: {@code POST.tags was not loaded: add .load(selectIn(POST.tags))
     * to the query that read the Post, or .thenSelectIn(POST.tags) to the load option that loaded it}.
     * Only what works is suggested: {@code joined} never for a many-to-many.
     *
     * @param path      {@code Post.author}: the entity's simple name and the property
     * @param metamodel {@code POST.author}: the relationship in the metamodel, for the load option
     * @param joinable  whether {@code joined} can load it (not a many-to-many)
     */
    static RelationNotLoadedException exception(String path, String metamodel, boolean joinable) {
        String entity = path.substring(0, path.lastIndexOf('.'));
        String options = joinable
                ? ".load(selectIn(" + metamodel + ")) or .load(joined(" + metamodel + "))"
                : ".load(selectIn(" + metamodel + "))";
        String then = joinable ? ".then(" + metamodel + ")" : ".thenSelectIn(" + metamodel + ")";
        return new RelationNotLoadedException(metamodel + " was not loaded: add " + options + " to the query that read the "
                + entity + ", or " + then + " to the load option that loaded it" + (joinable ? "" : " (a many-to-many cannot"
                + " be joined)") + ". Quarry never runs a query when a relationship is read (that is how N+1 statements"
                + " happen).");
    }
}
