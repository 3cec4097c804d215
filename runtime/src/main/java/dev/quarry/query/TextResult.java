package dev.quarry.query;

import java.util.List;
import java.util.Optional;

/**
 * A {@link TextQuery} with a way to read its rows. Immutable.
 *
 * @param <R> the type of one row
 */
public interface TextResult<R> {
    /**
     * Runs the query and returns every row.
     *
     * @return the rows, in the query's order
     */
    List<R> fetch();

    /**
     * Runs the query and returns its only row.
     *
     * @return the only row
     * @throws dev.quarry.exception.NoResultException        if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    R one();

    /**
     * Runs the query and returns its only row, if any.
     *
     * @return the only row, or empty if there is none
     * @throws dev.quarry.exception.NonUniqueResultException if there are several
     */
    Optional<R> findOne();
}
