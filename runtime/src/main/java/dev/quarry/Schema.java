package dev.quarry;

import java.util.List;

/**
 * Creates and drops the tables of a set of entities, in foreign-key order, with their keys,
 * constraints, indexes and defaults in the database's dialect. Obtained from
 * {@link Database#schema(java.util.Collection)}; the processor writes a {@code Tables} class
 * per package whose {@code ALL} list holds every entity table of that package.
 *
 * <pre>{@code
 * db.schema(Tables.ALL).createAll();
 * }</pre>
 */
public interface Schema {
    /** Creates every table (and its indexes), referenced tables first, in one transaction where the dialect allows. */
    void createAll();

    /** Drops every table that exists, referencing tables first. */
    void dropAll();

    /**
     * The DDL statements {@link #createAll()} runs, in order.
     *
     * @return the {@code CREATE} statements
     */
    List<String> createStatements();

    /**
     * The DDL statements {@link #dropAll()} runs, in order.
     *
     * @return the {@code DROP} statements
     */
    List<String> dropStatements();
}
