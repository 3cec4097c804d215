package dev.quarry.session;

import dev.quarry.query.EntityTable;
import java.util.Collection;
import java.util.Optional;

/**
 * An identity map and a unit of work over one database connection, in the manner of
 * SQLAlchemy's {@code Session}; opened with {@link dev.quarry.Database#session()}.
 *
 * <pre>{@code
 * try (Session session = db.session()) {
 *     User ada = new User("Ada", "ada@example.com");
 *     session.add(USER, ada);                        // pending
 *     session.commit();                              // INSERT, COMMIT: ada is persistent, ada.id is set
 *     User same = session.get(USER, ada.id).orElseThrow();   // the same instance, no SELECT
 *     same.setBio("mathematician");
 *     session.commit();                              // UPDATE "users" SET "bio" = ? WHERE "id" = ?
 * }                                                  // ada is detached
 * }</pre>
 *
 * <p><b>States.</b> An object is {@linkplain ObjectState#TRANSIENT transient} until
 * {@link #add added} ({@linkplain ObjectState#PENDING pending}); a flush inserts it and it becomes
 * {@linkplain ObjectState#PERSISTENT persistent}, as are the objects {@link #get} and
 * {@link #select} read. {@link #delete} marks a persistent object
 * {@linkplain ObjectState#DELETED deleted}; {@link #close()}, {@link #expunge} and a commit
 * (for deleted objects, or all of them with {@link SessionOptions#expireOnCommit()}) make them
 * {@linkplain ObjectState#DETACHED detached}. See {@link #state}.
 *
 * <p><b>Identity map.</b> The session holds at most one object per table and primary key:
 * reading a row it already tracks returns the tracked instance, unchanged.
 *
 * <p><b>Dirty checking.</b> When an object becomes persistent the session keeps a snapshot of
 * its column values, taken by the generated mapper's {@code snapshot} (no reflection). {@link #flush()}
 * compares each persistent object with its snapshot through the mapper's generated
 * {@code changedColumns} (primitives compared unboxed, nothing copied for an unchanged object)
 * and sends an {@code UPDATE} of only the
 * changed columns ({@code byte[]} compared by content, {@code BigDecimal} by value), batched per
 * table and set of changed columns; nothing changed, nothing sent. Records cannot change: give
 * the session a changed copy with {@link #update}. A change to a primary key is an error.
 *
 * <p><b>Flush.</b> Inserts run parents before children following the foreign keys between
 * the tables (one multi-row {@code INSERT} per table, generated keys and server defaults read
 * back), then the updates, then the deletes children before parents (one batch per table). A
 * new object whose {@code Ref} relationship is set to another object of the flush gets that
 * object's generated key in its foreign-key column before its insert. Tables whose foreign keys
 * form a cycle cannot be ordered: the flush fails naming them, before anything is sent.
 * Rows of one self-referencing table are inserted in the order they were added.
 *
 * <p><b>Transactions.</b> The session borrows a pooled connection at its first statement and
 * keeps it, in a transaction, until {@link #commit()} or {@link #rollback()} returns it. The
 * connection is not bound to the thread: statements run through the {@code Database} meanwhile
 * do not see the session's uncommitted work.
 *
 * <p><b>Repositories.</b> A generated repository made over a session,
 * {@code new UserRepository_Impl(session)}, runs in it: its finders read on the session's
 * connection after the autoflush and return the tracked instances, its {@code save} and
 * {@code delete} are sent by the next flush, its bulk deletes run at once and mark the tracked
 * objects of the deleted rows deleted, and its upserts throw {@link UnsupportedOperationException}.
 * The guide's session page lists what each repository method does in a session.
 *
 * <p>A session is used by one thread at a time; it is not thread-safe. An object belongs to at
 * most one open session of a database: adding an object another session tracks fails. Every
 * method of a closed session (but {@link #close()} and {@link #state}) throws
 * {@link IllegalStateException}.
 */
public interface Session extends AutoCloseable {
    /**
     * Adds a transient object: it becomes pending and is inserted by the next flush. Adding an
     * object the session already tracks does nothing (a deleted one is no longer deleted).
     *
     * <p>A class entity is inserted in place: after the flush the instance has its generated key
     * and server defaults and stays the tracked object. A record cannot change, so the flush
     * tracks the stored record (with its key) instead of the given one: {@link #get} and
     * {@link #select} return it, and the given record is detached.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param entity the object to add
     * @return {@code entity}
     * @throws IllegalArgumentException if another session tracks the object, or the identity
     *         map holds another object with the same key
     */
    <E> E add(EntityTable<E, ?> table, E entity);

    /**
     * Adds several transient objects, as {@link #add} does.
     *
     * @param <E> the entity type
     * @param table the entities' table
     * @param entities the objects to add
     */
    <E> void addAll(EntityTable<E, ?> table, Collection<? extends E> entities);

    /**
     * Returns the object with the given primary key: the tracked one if the identity map has it
     * (no statement), else the row read with one {@code SELECT}, now persistent. A deleted
     * object is not returned.
     *
     * @param <E> the entity type
     * @param <K> the primary-key type
     * @param table the entity's table
     * @param key the primary key
     * @return the object, or empty if there is no such row
     */
    <E, K> Optional<E> get(EntityTable<E, K> table, K key);

    /**
     * Starts a query whose results go through the identity map (see {@link SessionQuery}).
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @return the query
     */
    <E> SessionQuery<E> select(EntityTable<E, ?> table);

    /**
     * Marks a persistent object deleted: the next flush deletes its row. A pending object is
     * simply let go (it becomes transient again).
     *
     * @param entity the object to delete
     * @throws IllegalArgumentException if the session does not track the object
     */
    void delete(Object entity);

    /**
     * Replaces the tracked object with the same key by {@code changed}, a changed copy (a record,
     * typically): the next flush updates the columns that differ from the snapshot.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param changed the new version of the object
     * @return {@code changed}, now the tracked object
     * @throws IllegalArgumentException if the session tracks no persistent object with that key
     */
    <E> E update(EntityTable<E, ?> table, E changed);

    /**
     * Brings a detached (or any) object's state back into the session: when the identity map
     * holds an object with its key, a class entity's values are copied into it through
     * {@link #update} semantics (a record replaces it); otherwise the row is read and then
     * replaced the same way. The flush writes the differences.
     *
     * @param <E> the entity type
     * @param table the entity's table
     * @param detached the object whose values to take
     * @return the tracked object now carrying those values (the persistent instance for a class
     *         entity that was already tracked, else {@code detached} itself)
     * @throws IllegalArgumentException if the object has no key or the row does not exist
     */
    <E> E merge(EntityTable<E, ?> table, E detached);

    /**
     * Sends the pending inserts, updates and deletes (see the class description); the
     * transaction stays open.
     */
    void flush();

    /** Flushes, then commits the transaction and returns the connection to the pool. */
    void commit();

    /**
     * Rolls back the transaction and returns the connection to the pool. The session is made
     * consistent with the database again: objects added since the last commit become transient
     * (a generated key set by a flush is cleared), objects deleted become persistent again, and
     * the snapshots go back to the values committed: a change made in the meantime is still a
     * change, which the next flush sends unless {@link #refresh} reads the row again.
     */
    void rollback();

    /**
     * Reads the row of a persistent object again and replaces the tracked object and its
     * snapshot with it; unflushed changes are lost. For a class entity the returned object is
     * the fresh copy now tracked (the old instance becomes detached).
     *
     * @param <E> the entity type
     * @param entity the persistent object
     * @return the object now tracked
     * @throws IllegalArgumentException if the session does not track the object as persistent
     * @throws dev.quarry.exception.NoResultException if its row is gone
     */
    <E> E refresh(E entity);

    /**
     * Lets go of an object: a pending one becomes transient, any other detached; its changes
     * are no longer tracked.
     *
     * @param entity the object
     * @throws IllegalArgumentException if the session does not track the object
     */
    void expunge(Object entity);

    /**
     * Where {@code entity} stands with this session; an object it never tracked is
     * {@link ObjectState#TRANSIENT}.
     *
     * @param entity the object
     * @return its state
     */
    ObjectState state(Object entity);

    /**
     * Whether {@link #close()} was called.
     *
     * @return {@code true} once closed
     */
    boolean isClosed();

    /**
     * Rolls back what was not committed, returns the connection to the pool and detaches every
     * object. A second call does nothing.
     */
    @Override
    void close();
}
