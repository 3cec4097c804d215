package dev.quarry.docs;

import dev.quarry.Database;
import java.nio.file.Path;

/** The two databases the samples of the query-language page run on, for parameterized tests. */
enum QueriesDb {
    SQLITE,
    POSTGRES;

    /** A freshly seeded blog (see {@link Blog}). */
    Database open(Path dir) {
        return this == SQLITE ? Blog.sqlite(dir) : Blog.postgres();
    }
}
