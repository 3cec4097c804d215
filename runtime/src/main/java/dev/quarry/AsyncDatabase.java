package dev.quarry;

import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Quarry's blocking API run on an executor, for code that composes futures: each call hands its
 * work to the executor and returns at once with a future of the result.
 *
 * <pre>{@code
 * AsyncDatabase async = db.async();
 * CompletableFuture<List<User>> adults = async.run(data -> data.select(USER).where(USER.age.ge(18)).fetch());
 * CompletableFuture<User> stored = async.transaction(tx -> {
 *     User user = tx.insert(USER, candidate);
 *     tx.insertAll(POST, firstPosts(user));
 *     return user;
 * });
 * }</pre>
 *
 * <p>The work runs on one thread from start to end, so the statements of a transaction all run
 * on its thread and its connection, exactly as with the blocking API; a future completes with
 * the work's result, or exceptionally with the exception it threw (a checked one included), which
 * {@code join()} wraps in a {@code CompletionException} and {@code get()} in an
 * {@code ExecutionException}. Cancelling a future does not stop work that has started.
 *
 * <p>{@link Database#async()} runs on threads of the database's own, at most as many as its pool
 * has connections (more would only wait for one), stopped when the database is closed.
 * {@link Database#async(java.util.concurrent.Executor)} runs on the caller's executor: for example
 * virtual threads on Java 21 and later ({@code Executors.newVirtualThreadPerTaskExecutor()}), on
 * which the blocking API is safe as it is, since Quarry holds no lock while it waits for the
 * database.
 */
public interface AsyncDatabase {
    /**
     * The database the work runs against.
     *
     * @return the database
     */
    Database database();

    /**
     * Runs {@code work} with the database outside a transaction block: each statement commits
     * on its own, as when called on the {@link Database} (a block opened inside it is a
     * transaction as usual).
     *
     * @param <R> the type of the work's result
     * @param work the work to run
     * @return a future of what {@code work} returns, or of its exception
     */
    <R> CompletableFuture<R> run(Function<? super DataAccess, ? extends R> work);

    /**
     * Runs {@code work} in a transaction, as {@link Database#transaction(TransactionCallback)} does.
     *
     * @param <R> the type of the work's result
     * @param <X> the checked exception the work may throw
     * @param work the work to run
     * @return a future of what {@code work} returns, or of its exception
     */
    <R, X extends Exception> CompletableFuture<R> transaction(TransactionCallback<R, X> work);

    /**
     * Runs {@code work} in a transaction with the given options, as
     * {@link Database#transaction(TransactionOptions, TransactionCallback)} does.
     *
     * @param <R> the type of the work's result
     * @param <X> the checked exception the work may throw
     * @param options the isolation level and read-only flag
     * @param work the work to run
     * @return a future of what {@code work} returns, or of its exception
     */
    <R, X extends Exception> CompletableFuture<R> transaction(TransactionOptions options, TransactionCallback<R, X> work);
}
