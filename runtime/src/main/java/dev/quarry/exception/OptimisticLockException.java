package dev.quarry.exception;

/**
 * An update or delete of a {@link dev.quarry.annotation.Version @Version}ed entity found no row
 * with the entity's key and the version it holds: another transaction changed or deleted the row
 * since it was read. Nothing of the failed write is kept: the session rolls back its flush, a
 * repository or {@code persist} call rolls back its transaction. Read the row again and retry.
 */
public class OptimisticLockException extends QuarryException {
    private static final long serialVersionUID = 1L;

    /** The entity's table, such as {@code "accounts"}. */
    private final String table;
    /** The key of the row. */
    private final transient Object key;
    /** The version the entity held. */
    private final transient Object version;

    /**
     * Creates the exception for a write that found no row.
     *
     * @param entity  the entity's simple class name, such as {@code "Account"}
     * @param table   the entity's table
     * @param key     the key of the row
     * @param version the version the entity held, expected in the row
     * @param verb    the write: {@code "update"} or {@code "delete"}
     */
    public OptimisticLockException(String entity, String table, Object key, Object version, String verb) {
        super("cannot " + verb + " " + entity + " with key " + key + " at version " + version + ": its " + table
                + " row was changed or deleted by another transaction since it was read (optimistic lock);"
                + " read it again and retry");
        this.table = table;
        this.key = key;
        this.version = version;
    }

    /** {@return the entity's table} */
    public String table() {
        return table;
    }

    /** {@return the key of the row that could not be written; {@code null} after deserialisation} */
    public Object key() {
        return key;
    }

    /** {@return the version the entity held; {@code null} after deserialisation} */
    public Object version() {
        return version;
    }
}
