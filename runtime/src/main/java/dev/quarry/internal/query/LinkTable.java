package dev.quarry.internal.query;

import dev.quarry.query.Column;
import dev.quarry.query.EntityTable;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;

/**
 * The join table of a many-to-many relationship as a table a select-in statement can join: its
 * two key columns, typed like the keys they reference. Never read as entities.
 */
final class LinkTable extends AbstractEntityTable<Object, Void> {
    final Column<Object, ?> sourceColumn;
    final Column<Object, ?> targetColumn;

    private LinkTable(TableSchema schema) {
        super(schema, new NoEntities(), null);
        this.sourceColumn = column(0, javaType(schema.columns().get(0).type()));
        this.targetColumn = column(1, javaType(schema.columns().get(1).type()));
    }

    /** The join table of {@code relation}, between {@code source} and {@code target}. */
    static LinkTable of(RelationSchema relation, EntityTable<?, ?> source, EntityTable<?, ?> target) {
        ColumnSchema sourceKey = Loader.columnSchema(source, relation.sourceColumn());
        ColumnSchema targetKey = Loader.columnSchema(target, relation.targetColumn());
        return new LinkTable(new TableSchema(relation.joinTable(),
                List.of(linkColumn(relation.joinSourceColumn(), sourceKey), linkColumn(relation.joinTargetColumn(), targetKey)),
                List.of(relation.joinSourceColumn(), relation.joinTargetColumn()), List.of(), List.of()));
    }

    private static ColumnSchema linkColumn(String name, ColumnSchema key) {
        return new ColumnSchema(name, name, key.type(), key.length(), key.precision(), key.scale(), false, false, null);
    }

    private static Class<?> javaType(ValueType type) {
        return type == ValueType.ENUM ? Object.class : ValueTypes.javaType(type);
    }

    @Override
    public LinkTable as(String alias) {
        throw new UnsupportedOperationException("a join table is not aliased");
    }

    /** The mapper of a table that is never read or written as entities. */
    private static final class NoEntities implements EntityMapper<Object, Void> {
        private static UnsupportedOperationException unsupported() {
            return new UnsupportedOperationException("a join table is read by Quarry's loader only");
        }

        @Override
        public Class<Object> entityClass() {
            return Object.class;
        }

        @Override
        public Object read(RowReader row, int first) {
            throw unsupported();
        }

        @Override
        public long omittedDefaults(Object entity) {
            throw unsupported();
        }

        @Override
        public int bindInsert(Object entity, long omitted, ParameterBinder params, int first) {
            throw unsupported();
        }

        @Override
        public Object withReturned(Object entity, long omitted, RowReader row) {
            throw unsupported();
        }

        @Override
        public Void key(Object entity) {
            throw unsupported();
        }

        @Override
        public int bindKey(Void key, ParameterBinder params, int first) {
            throw unsupported();
        }
    }
}
