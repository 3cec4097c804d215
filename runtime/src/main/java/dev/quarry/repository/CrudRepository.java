package dev.quarry.repository;

import java.util.Collection;
import java.util.List;

/**
 * A repository that reads and writes one entity type. Annotate an interface extending it with
 * {@link dev.quarry.annotation.Repository} and Quarry generates {@code <Interface>_Impl}.
 *
 * <pre>{@code
 * @Repository
 * public interface UserRepository extends CrudRepository<User, Long> {
 *     Optional<User> findByEmail(String email);
 * }
 *
 * UserRepository users = new UserRepository_Impl(database);
 * User ada = users.save(new User("Ada", "ada@example.com"));   // INSERT ... RETURNING id
 * ada.bio = "Analyst";
 * users.save(ada);                                              // UPDATE ... WHERE id = ?
 * }</pre>
 *
 * <p><b>Insert or update.</b> For an entity with a {@code @GeneratedValue} key, {@link #save}
 * inserts when the key is {@code null} (not yet assigned) and updates the row with that key
 * otherwise. For an entity whose key the application assigns, {@code save} updates the row
 * with that key and inserts when there is none. Updates set every column except the key;
 * a {@code null} column with a server default is left unchanged, as on insert.
 *
 * <p>Every method joins the transaction the calling thread is in, if any; methods that run
 * several statements run them in one transaction.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type (the metamodel's {@code Key} record for a composite key)
 */
public interface CrudRepository<E, K> extends ReadRepository<E, K> {
    /**
     * Inserts or updates {@code entity} (see above) and returns it with its generated key and
     * omitted server defaults: the same instance for a class, a new instance for a record.
     *
     * @throws dev.quarry.exception.NoResultException if a generated key is set but no row has it
     */
    E save(E entity);

    /**
     * Saves every entity as {@link #save} does, in one transaction: the inserts as batched
     * multi-row statements, then the updates. Returns the saved entities in the given order.
     */
    List<E> saveAll(Collection<? extends E> entities);

    /** Deletes the entity with the given key; returns whether there was one. */
    boolean deleteById(K id);

    /**
     * Deletes the row of {@code entity} by its key; returns whether there was one.
     *
     * @throws IllegalArgumentException if the entity has no key yet
     */
    boolean delete(E entity);

    /** Deletes the entities whose keys are among {@code ids}; returns how many rows were deleted. */
    int deleteAllById(Collection<? extends K> ids);

    /** Deletes every entity; returns how many rows were deleted. */
    int deleteAll();
}
