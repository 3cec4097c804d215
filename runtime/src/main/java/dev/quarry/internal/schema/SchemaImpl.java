package dev.quarry.internal.schema;

import dev.quarry.Schema;
import dev.quarry.internal.exec.Engine;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The DDL of a set of tables in the database's dialect, in foreign-key order, run in one transaction. */
public final class SchemaImpl implements Schema {
    private final Engine engine;
    private final List<String> createStatements;
    private final List<String> dropStatements;

    public SchemaImpl(Engine engine, Collection<? extends EntityTable<?, ?>> tables) {
        this.engine = engine;
        List<TableSchema> ordered = TableOrder.referencedFirst(tableSchemas(tables));
        DdlWriter writer = new DdlWriter(engine.dialect());
        List<String> create = new ArrayList<>();
        for (TableSchema table : ordered) {
            create.addAll(writer.create(table));
        }
        List<String> drop = new ArrayList<>();
        for (TableSchema table : ordered) {
            drop.add(writer.drop(table));
        }
        Collections.reverse(drop);
        this.createStatements = List.copyOf(create);
        this.dropStatements = List.copyOf(drop);
    }

    /**
     * The schemas of the given entity tables followed by the join tables their many-to-many
     * relations declare (each once), in that order.
     */
    public static List<TableSchema> tableSchemas(Collection<? extends EntityTable<?, ?>> tables) {
        List<TableSchema> schemas = new ArrayList<>(tables.size());
        for (EntityTable<?, ?> table : tables) {
            schemas.add(Objects.requireNonNull(table, "tables holds null").schema());
        }
        for (EntityTable<?, ?> table : tables) {
            for (TableSchema joinTable : table.joinTables()) {
                if (schemas.stream().noneMatch(known -> known.name().equals(joinTable.name()))) {
                    schemas.add(joinTable);
                }
            }
        }
        return schemas;
    }

    @Override
    public void createAll() {
        run(createStatements);
    }

    @Override
    public void dropAll() {
        run(dropStatements);
    }

    @Override
    public List<String> createStatements() {
        return createStatements;
    }

    @Override
    public List<String> dropStatements() {
        return dropStatements;
    }

    private void run(List<String> statements) {
        engine.atomically(connection -> {
            for (String sql : statements) {
                engine.runner().execute(connection, sql);
            }
            return null;
        });
    }
}
