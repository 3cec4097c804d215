package dev.quarry;

import dev.quarry.query.Column;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.sql.SQLException;
import java.util.List;

/** A table with a CHECK constraint, created by the test itself (Quarry's schema has no CHECKs). */
final class CheckedTable extends AbstractEntityTable<CheckedTable.Row, Integer> {
    record Row(int id, int age) {
    }

    static final TableSchema SCHEMA = new TableSchema("checked",
            List.of(new ColumnSchema("id", "id", ValueType.INT, 0, 0, 0, false, false, null),
                    new ColumnSchema("age", "age", ValueType.INT, 0, 0, 0, false, false, null)),
            List.of("id"), List.of(), List.of());

    static final CheckedTable CHECKED = new CheckedTable(null);

    final Column<Row, Integer> id;
    final Column<Row, Integer> age;

    private CheckedTable(String alias) {
        super(SCHEMA, Mapper.INSTANCE, alias);
        this.id = column(0, Integer.class);
        this.age = column(1, Integer.class);
    }

    @Override
    public CheckedTable as(String alias) {
        return new CheckedTable(requireAlias(alias));
    }

    private static final class Mapper implements EntityMapper<Row, Integer> {
        static final Mapper INSTANCE = new Mapper();

        @Override
        public Class<Row> entityClass() {
            return Row.class;
        }

        @Override
        public Row read(RowReader row, int first) throws SQLException {
            return new Row(row.getInt(first), row.getInt(first + 1));
        }

        @Override
        public long omittedDefaults(Row entity) {
            return 0L;
        }

        @Override
        public int bindInsert(Row entity, long omitted, ParameterBinder params, int first) throws SQLException {
            params.setInt(first, entity.id());
            params.setInt(first + 1, entity.age());
            return first + 2;
        }

        @Override
        public Row withReturned(Row entity, long omitted, RowReader row) {
            return entity;
        }

        @Override
        public Integer key(Row entity) {
            return entity.id();
        }

        @Override
        public int bindKey(Integer key, ParameterBinder params, int first) throws SQLException {
            params.setInt(first, key);
            return first + 1;
        }
    }
}
