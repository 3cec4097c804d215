package dev.quarry.internal.async;

import dev.quarry.AsyncDatabase;
import dev.quarry.DataAccess;
import dev.quarry.Database;
import dev.quarry.exception.QuarryException;
import dev.quarry.transaction.TransactionCallback;
import dev.quarry.transaction.TransactionOptions;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/** {@link AsyncDatabase} over an executor: each call is one task that runs the blocking call. */
public final class AsyncRunner implements AsyncDatabase {
    private final Database database;
    private final Executor executor;
    private final boolean own;

    /**
     * A facade over {@code executor}; {@code own} when the executor belongs to the database (a
     * rejected task then means the database was closed).
     */
    public AsyncRunner(Database database, Executor executor, boolean own) {
        this.database = Objects.requireNonNull(database, "database");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.own = own;
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public <R> CompletableFuture<R> run(Function<? super DataAccess, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        return submit(() -> work.apply(database));
    }

    @Override
    public <R, X extends Exception> CompletableFuture<R> transaction(TransactionCallback<R, X> work) {
        return transaction(TransactionOptions.DEFAULT, work);
    }

    @Override
    public <R, X extends Exception> CompletableFuture<R> transaction(TransactionOptions options,
                                                                     TransactionCallback<R, X> work) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        return submit(() -> database.transaction(options, work));
    }

    /** The work of one task; may throw what the callback throws. */
    private interface Work<R> {
        R run() throws Exception;
    }

    private <R> CompletableFuture<R> submit(Work<R> work) {
        CompletableFuture<R> future = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                if (future.isDone()) {
                    return; // cancelled before it started
                }
                try {
                    future.complete(work.run());
                } catch (Throwable failure) {
                    future.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(own
                    ? new QuarryException("the database is closed: " + database, e)
                    : e);
        }
        return future;
    }
}
