package dev.quarry.internal.sql;

import java.sql.SQLException;

/** An open {@code COPY ... FROM STDIN}: text goes in, {@link #end()} finishes it. */
public interface CopyStream {
    /** Sends rows of {@link CopyRowWriter} text. */
    void write(String rows) throws SQLException;

    /** Finishes the copy; returns the number of rows the database took. */
    long end() throws SQLException;

    /** Abandons the copy after a failure (the database keeps nothing of it); failures here are ignored. */
    void cancel();
}
