package dev.quarry.spi;

import java.sql.SQLException;

/**
 * Reads and writes one entity type; implemented by the generated {@code X_Mapper}, with no
 * reflection. Column positions follow the order of {@link TableSchema#columns()} (the
 * declaration order of the entity's properties).
 *
 * <p><b>Inserts.</b> The insertable columns are all columns except a
 * {@linkplain ColumnSchema#generated() generated} key. A column with a
 * {@linkplain ColumnSchema#serverDefault() server default} whose value is {@code null} is left
 * out of the insert so the database default applies; {@link #omittedDefaults} tells which, as
 * a bit set over the server-default columns (bit {@code k} = the {@code k}-th column that has
 * a server default, in column order). The runtime renders one SQL string per bit set and
 * caches it. The statement returns the generated key and the omitted columns (in column
 * order), which {@link #withReturned} puts into the entity.
 *
 * @param <E> the entity type
 * @param <K> the primary-key type: the key column's boxed type, or the metamodel's
 *            {@code Key} record for a composite key
 */
public interface EntityMapper<E, K> {
    /** The entity class. */
    Class<E> entityClass();

    /**
     * Reads one entity from the current row, whose columns (all of them, in column order)
     * start at index {@code first}.
     */
    E read(RowReader row, int first) throws SQLException;

    /** The bit set of server-default columns that {@code entity} leaves {@code null} (see above). */
    long omittedDefaults(E entity);

    /**
     * Binds the insertable columns of {@code entity} in column order, leaving out the columns in
     * {@code omitted}, starting at parameter index {@code first}.
     *
     * @return the next free parameter index
     */
    int bindInsert(E entity, long omitted, ParameterBinder params, int first) throws SQLException;

    /**
     * Applies the values an insert returned (the generated key, then the omitted server-default
     * columns, in column order, starting at index 1). A class entity is updated in place and
     * returned; a record is returned as a new instance.
     */
    E withReturned(E entity, long omitted, RowReader row) throws SQLException;

    /** The entity's primary key, or {@code null} while a generated key is not yet assigned. */
    K key(E entity);

    /**
     * Binds a primary-key value (one parameter per key column, in key order) starting at
     * {@code first}.
     *
     * @return the next free parameter index
     */
    int bindKey(K key, ParameterBinder params, int first) throws SQLException;
}
