package dev.quarry.internal.migration;

import dev.quarry.internal.schema.DdlWriter;
import dev.quarry.internal.sql.Dialect;
import dev.quarry.migration.SchemaChange;
import dev.quarry.migration.SchemaChange.AddCheck;
import dev.quarry.migration.SchemaChange.AddForeignKey;
import dev.quarry.migration.SchemaChange.AddIndex;
import dev.quarry.migration.SchemaChange.AlterColumn;
import dev.quarry.migration.SchemaChange.AlterPrimaryKey;
import dev.quarry.migration.SchemaChange.DropCheck;
import dev.quarry.migration.SchemaChange.DropForeignKey;
import dev.quarry.migration.SchemaChange.DropIndex;
import dev.quarry.migration.SchemaDiff;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.IndexSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders schema changes as PostgreSQL DDL: every change is one or more {@code ALTER TABLE}
 * (or {@code CREATE}/{@code DROP}) statements, in the diff's order.
 *
 * <p>A unique {@link IndexSchema} is dropped with {@code DROP CONSTRAINT IF EXISTS} followed by
 * {@code DROP INDEX IF EXISTS}: a database read by introspection may hold it as a unique
 * constraint (as Quarry creates it) or as a plain unique index, and the pair removes either.
 */
public final class PostgresChangeRenderer implements ChangeRenderer {
    private final Dialect dialect;
    private final DdlParts ddl;
    private final DdlWriter writer;

    public PostgresChangeRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new DdlParts(dialect);
        this.writer = new DdlWriter(dialect);
    }

    @Override
    public List<ScriptStep> render(SchemaDiff diff) {
        List<ScriptStep> steps = new ArrayList<>();
        for (SchemaChange change : diff.changes()) {
            render(change, steps);
        }
        return steps;
    }

    private void render(SchemaChange change, List<ScriptStep> steps) {
        String alter = ddl.alterTable(change.table());
        if (change instanceof AlterColumn alterColumn) {
            alterColumn(alterColumn, steps);
        } else if (change instanceof AlterPrimaryKey key) {
            if (!key.from().isEmpty()) {
                steps.add(ScriptStep.of(alter + "DROP CONSTRAINT " + ddl.quote(key.table() + "_pkey")));
            }
            if (!key.to().isEmpty()) {
                steps.add(ScriptStep.of(alter + "ADD PRIMARY KEY (" + writer.columnList(key.to()) + ")"));
            }
        } else if (change instanceof AddIndex add && add.index().unique()) {
            steps.add(ScriptStep.of(alter + "ADD " + writer.uniqueConstraint(add.index())));
        } else if (change instanceof DropIndex drop && drop.index().unique()) {
            steps.add(ScriptStep.of(alter + "DROP CONSTRAINT IF EXISTS " + ddl.quote(drop.index().name())));
            steps.add(ScriptStep.of("DROP INDEX IF EXISTS " + ddl.quote(drop.index().name())));
        } else if (change instanceof AddForeignKey add) {
            steps.add(ScriptStep.of(alter + "ADD " + writer.foreignKeyConstraint(add.foreignKey())));
        } else if (change instanceof DropForeignKey drop) {
            steps.add(ScriptStep.of(alter + "DROP CONSTRAINT " + ddl.quote(drop.foreignKey().name())));
        } else if (change instanceof AddCheck add) {
            steps.add(ScriptStep.of(alter + "ADD " + writer.checkConstraint(add.check())));
        } else if (change instanceof DropCheck drop) {
            steps.add(ScriptStep.of(alter + "DROP CONSTRAINT " + ddl.quote(drop.check().name())));
        } else if (!ddl.renderCommon(change, steps)) {
            throw new IllegalArgumentException("unknown change " + change);
        }
    }

    /**
     * Type, default, then nullability. An old default is dropped before a type change that also
     * changes it, so that it need not convert to the new type.
     */
    private void alterColumn(AlterColumn change, List<ScriptStep> steps) {
        String alter = ddl.alterTable(change.table()) + "ALTER COLUMN " + ddl.quote(change.to().name()) + " ";
        ColumnSchema from = change.from();
        ColumnSchema to = change.to();
        boolean defaultDroppedFirst = change.typeChanged() && change.defaultChanged() && from.hasServerDefault();
        if (defaultDroppedFirst) {
            steps.add(ScriptStep.of(alter + "DROP DEFAULT"));
        }
        if (change.typeChanged()) {
            String type = dialect.declaredType(to);
            String warning = PostgresTypeChange.warning(change.table() + "." + to.name(), dialect.declaredType(from), type);
            steps.add(new ScriptStep(warning == null ? List.of() : List.of(warning),
                    alter + "TYPE " + type + " USING " + ddl.quote(from.name()) + "::" + type));
        }
        if (change.defaultChanged()) {
            if (to.hasServerDefault()) {
                steps.add(ScriptStep.of(alter + "SET " + dialect.defaultClause(to.serverDefault())));
            } else if (!defaultDroppedFirst) {
                steps.add(ScriptStep.of(alter + "DROP DEFAULT"));
            }
        }
        if (change.nullabilityChanged()) {
            steps.add(to.nullable()
                    ? ScriptStep.of(alter + "DROP NOT NULL")
                    : new ScriptStep(List.of("WARNING: sets " + change.table() + "." + to.name()
                            + " NOT NULL: fails if the column holds NULLs (backfill them first)"), alter + "SET NOT NULL"));
        }
    }
}
