package dev.quarry;

import dev.quarry.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteConnectionTest extends ConnectionBehaviour {
    @TempDir
    static Path directory;

    @Override
    protected String url() {
        return TestDatabases.sqliteFile(directory);
    }
}
