package dev.quarry;

import dev.quarry.testing.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteAsyncTest extends AsyncBehaviour {
    @TempDir
    static Path directory;

    @Override
    protected String url() {
        return TestDatabases.sqliteFile(directory);
    }
}
