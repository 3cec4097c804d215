package dev.quarry.migration;

import dev.quarry.query.EntityTable;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where a database's migration scripts live, which model they are generated from, and the name
 * of the history table. Build one with {@link #builder()}; {@link #defaults()} reads the scripts
 * from the class path ({@code db/migration/<dialect>}) and has no model, which is all an
 * application needs to {@link Migrations#upgrade() upgrade} at start-up.
 *
 * @param model        the entity tables the schema should match (for example a generated
 *                     {@code Tables.ALL}); empty when only applying scripts
 * @param directory    the directory holding one sub-directory of scripts per dialect, or
 *                     {@code null} to read them from the class path
 * @param classpath    the class-path location holding one sub-directory per dialect, used when
 *                     {@code directory} is {@code null}
 * @param historyTable the table recording applied migrations
 * @param listener     told about each migration as it runs
 */
public record MigrationConfig(
        List<EntityTable<?, ?>> model,
        Path directory,
        String classpath,
        String historyTable,
        MigrationListener listener) {

    /** The class-path location scripts are read from by default. */
    public static final String DEFAULT_CLASSPATH = "db/migration";

    /** The history table's default name. */
    public static final String DEFAULT_HISTORY_TABLE = "quarry_schema_history";

    /**
     * Creates a configuration; prefer {@link #builder()}.
     *
     * @param model the entity tables, possibly empty
     * @param directory the script directory, or {@code null} for the class path
     * @param classpath the class-path location
     * @param historyTable the history table's name
     * @param listener the progress listener
     */
    public MigrationConfig {
        model = List.copyOf(model);
        Objects.requireNonNull(classpath, "classpath");
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(listener, "listener");
    }

    /**
     * Scripts from the class path, no model, the default history table.
     *
     * @return the default configuration
     */
    public static MigrationConfig defaults() {
        return builder().build();
    }

    /**
     * A builder starting from the defaults.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MigrationConfig}. */
    public static final class Builder {
        private List<EntityTable<?, ?>> model = List.of();
        private Path directory;
        private String classpath = DEFAULT_CLASSPATH;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private MigrationListener listener = new MigrationListener() { };

        private Builder() {
        }

        /**
         * The entity tables the schema should match; needed to generate, diff and check.
         *
         * @param tables the tables, for example a generated {@code Tables.ALL}
         * @return this builder
         */
        public Builder model(Collection<? extends EntityTable<?, ?>> tables) {
            this.model = List.copyOf(Objects.requireNonNull(tables, "tables"));
            return this;
        }

        /**
         * Reads and writes scripts in {@code directory/<dialect>} on the file system, for
         * example {@code src/main/resources/db/migration}; needed to generate.
         *
         * @param directory the directory
         * @return this builder
         */
        public Builder directory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Reads scripts from {@code location/<dialect>} on the class path (the default,
         * {@value MigrationConfig#DEFAULT_CLASSPATH}), when no directory is set.
         *
         * @param location the class-path location, without a leading slash
         * @return this builder
         */
        public Builder classpath(String location) {
            this.classpath = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * The table recording applied migrations (default {@value MigrationConfig#DEFAULT_HISTORY_TABLE}).
         *
         * @param name the table name
         * @return this builder
         */
        public Builder historyTable(String name) {
            this.historyTable = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Told about each migration as it runs, for a progress display.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The configuration.
         *
         * @return a new configuration
         */
        public MigrationConfig build() {
            return new MigrationConfig(model, directory, classpath, historyTable, listener);
        }
    }
}
