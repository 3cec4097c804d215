package dev.quarry.repository;

import dev.quarry.Database;
import dev.quarry.query.Load;
import dev.quarry.query.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reading half of a repository, for entities (or views) that an application only reads.
 * Annotate an interface extending it with {@link dev.quarry.annotation.Repository} and Quarry
 * generates its implementation.
 *
 * <p>Every method joins the transaction the calling thread is in, if any. A repository made over a
 * {@link dev.quarry.session.Session} ({@code new XRepository_Impl(session)}) runs in that session
 * instead: see {@link dev.quarry.session.Session}.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type (the metamodel's {@code Key} record for a composite key)
 */
public interface ReadRepository<E, K> {
    /**
     * The database this repository runs on; {@code default} methods use it to run DSL queries.
     * For a repository made over a session it is the session's database, whose statements run
     * outside the session (another connection, no identity map).
     *
     * @return the database
     */
    Database database();

    /**
     * The entity with the given primary key, if any.
     *
     * @param id the primary key
     * @return the entity, or empty if there is none
     */
    Optional<E> findById(K id);

    /**
     * The entity with the given primary key, if any, with the relationships {@code load} names
     * loaded: one statement for the entity, plus one per {@link Load#selectIn select-in} level
     * ({@link Load#joined joined} ones are folded into the entity's statement).
     *
     * <pre>{@code
     * Optional<User> user = users.findById(id, selectIn(USER.posts).then(POST.tags));  // 3 statements
     * }</pre>
     *
     * @param id the primary key
     * @param load the relationships to load
     * @return the entity, or empty if there is none
     * @throws NullPointerException if {@code id} or {@code load} is {@code null}
     */
    Optional<E> findById(K id, Load<E, ?> load);

    /**
     * The entities whose keys are among {@code ids}, in no particular order; missing keys are skipped.
     *
     * @param ids the primary keys
     * @return the entities found
     */
    List<E> findAllById(Collection<? extends K> ids);

    /**
     * Every entity, in no particular order.
     *
     * @return the entities
     */
    List<E> findAll();

    /**
     * Every entity, in no particular order, with the relationships {@code load} names loaded in
     * a fixed number of statements, however many entities there are.
     *
     * <pre>{@code
     * List<User> users = repository.findAll(selectIn(USER.posts));  // 2 statements
     * }</pre>
     *
     * @param load the relationships to load
     * @return the entities
     * @throws NullPointerException if {@code load} is {@code null}
     */
    List<E> findAll(Load<E, ?> load);

    /**
     * Every entity, in the given order.
     *
     * @param order the order terms, in order
     * @return the entities
     */
    List<E> findAll(List<? extends Sort<E>> order);

    /**
     * One page of entities in the given order (add the primary key last for a stable order),
     * with the total count.
     *
     * @param page the page to read
     * @param order the order terms, in order
     * @return the page's entities, with the total count
     */
    Page<E> findAll(PageRequest page, List<? extends Sort<E>> order);

    /**
     * Whether an entity with the given primary key exists.
     *
     * @param id the primary key
     * @return {@code true} if the entity exists
     */
    boolean existsById(K id);

    /**
     * The number of entities.
     *
     * @return the number of rows
     */
    long count();
}
