package dev.quarry;

/**
 * Callbacks around the writes and reads of one entity table, registered with
 * {@link DatabaseConfig.Builder#listener(dev.quarry.query.EntityTable, EntityListener)}. Generated
 * code and the runtime call them directly: no reflection, and nothing at all for a table without
 * listeners. Several listeners of a table run in registration order; every method does nothing
 * by default.
 *
 * <p><b>Where they are called.</b>
 * <ul>
 *   <li>{@code beforeInsert}/{@code afterInsert}: {@code insert} and {@code insertAll} of the
 *       database, a transaction or a connection; a repository's {@code save}/{@code saveAll} of a
 *       new entity; {@code persist}; a session's flush of a pending object. With {@code insertAll} (and a flush)
 *       every {@code beforeInsert} runs before the first statement, every {@code afterInsert}
 *       after the last, in input order.</li>
 *   <li>{@code beforeUpdate}/{@code afterUpdate}: a repository's {@code save}/{@code saveAll} of
 *       an existing entity; a session's flush of a changed object (only objects with changes).</li>
 *   <li>{@code beforeDelete}/{@code afterDelete}: a repository's {@code delete(entity)}; a
 *       session's flush of a deleted object.</li>
 *   <li>{@code afterLoad}: each entity the DSL maps from a row of {@code select(TABLE)}
 *       ({@code fetch}, {@code one}, {@code findOne}, {@code stream}) and {@code get(TABLE, key)};
 *       in a session, each row that enters the identity map from the database (a row already in
 *       the map is not reloaded, so not called again).</li>
 * </ul>
 * Statements that write by condition and never hold the entities ({@code update(TABLE)},
 * {@code delete(TABLE)}, {@code deleteById}, {@code deleteAll}, {@code bulkInsert}, upserts) call
 * no listener.
 *
 * <p><b>Before and after.</b> A before-hook runs before the statement, inside its transaction
 * where the path has one: an exception it throws stops the write (nothing of that call or flush is
 * written) and reaches the caller unchanged. An after-hook runs after the statement succeeded and
 * receives the entity as stored (holding its generated key, defaults, version and timestamps).
 * {@code @CreatedAt} and {@code @UpdatedAt} are set before the before-hooks run, so they see them.
 *
 * <p><b>Changing the entity.</b> A before-hook may change a class entity in place (through its
 * setters); the change is written. Records are immutable: a before-hook receives the record
 * about to be written and can check it or throw, but cannot replace it.
 *
 * <p>Listeners are called on the thread that runs the statement and must be thread-safe when the
 * database is shared.
 *
 * @param <E> the entity type
 */
public interface EntityListener<E> {
    /**
     * Called before an entity is inserted.
     *
     * @param entity the entity about to be inserted
     */
    default void beforeInsert(E entity) {
    }

    /**
     * Called after an entity was inserted.
     *
     * @param entity the entity as inserted, with its generated key and defaults
     */
    default void afterInsert(E entity) {
    }

    /**
     * Called before an entity is updated.
     *
     * @param entity the entity about to be updated
     */
    default void beforeUpdate(E entity) {
    }

    /**
     * Called after an entity was updated.
     *
     * @param entity the entity as updated, with its new version and {@code @UpdatedAt} time
     */
    default void afterUpdate(E entity) {
    }

    /**
     * Called before an entity is deleted.
     *
     * @param entity the entity about to be deleted
     */
    default void beforeDelete(E entity) {
    }

    /**
     * Called after an entity was deleted.
     *
     * @param entity the deleted entity
     */
    default void afterDelete(E entity) {
    }

    /**
     * Called after an entity was read from the database.
     *
     * @param entity the entity just mapped from its row
     */
    default void afterLoad(E entity) {
    }
}
