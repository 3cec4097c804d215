package dev.quarry.annotation;

/**
 * What deleting or saving an entity does to the entities of one of its one-to-many or inverse
 * one-to-one relationships (those whose rows hold a foreign key to it). Without a cascade, Quarry
 * deletes nothing the call did not name.
 */
public enum Cascade {
    /**
     * {@code db.remove(USER, user)} deletes the user's related rows first (and theirs, along their
     * own {@code DELETE} cascades), one statement per relationship level.
     */
    DELETE,
    /**
     * {@code db.persist(USER, user)} deletes a related entity that was loaded into the collection
     * and has been removed from it since (an orphan), instead of failing.
     */
    DELETE_ORPHAN
}
