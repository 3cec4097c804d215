package dev.quarry;

import dev.quarry.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** SQLite names CHECK constraints but reports the columns (in the message) for unique and foreign keys. */
class SqliteConstraintTest extends ConstraintBehaviour {
    @TempDir
    static Path directory;

    @Override
    protected String url() {
        return TestDatabases.sqliteFile(directory);
    }

    @Override
    protected String expectedUniqueConstraintName() {
        return null;
    }

    @Override
    protected String expectedForeignKeyConstraintName() {
        return null;
    }
}
