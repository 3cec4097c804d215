package com.example.shop;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link OrderLine} to and from rows of {@code order_line}; used through {@link OrderLine_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class OrderLine_Mapper implements EntityMapper<OrderLine, OrderLine_.Key> {
    static final OrderLine_Mapper INSTANCE = new OrderLine_Mapper();

    private OrderLine_Mapper() {
    }

    @Override
    public Class<OrderLine> entityClass() {
        return OrderLine.class;
    }

    @Override
    public OrderLine read(RowReader row, int first) throws SQLException {
        return new OrderLine(
                row.getLong(first),
                row.getInt(first + 1),
                row.getString(first + 2),
                row.getBigDecimal(first + 3),
                row.getLong(first + 4));
    }

    @Override
    public long omittedDefaults(OrderLine entity) {
        return 0L;
    }

    @Override
    public int bindInsert(OrderLine entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setLong(index++, entity.orderId());
        params.setInt(index++, entity.lineNo());
        params.setString(index++, entity.product());
        params.setBigDecimal(index++, entity.price());
        params.setLong(index++, entity.userId());
        return index;
    }

    @Override
    public OrderLine withReturned(OrderLine entity, long omitted, RowReader row) throws
            SQLException {
        return entity;
    }

    @Override
    public OrderLine_.Key key(OrderLine entity) {
        return new OrderLine_.Key(entity.orderId(), entity.lineNo());
    }

    @Override
    public int bindKey(OrderLine_.Key key, ParameterBinder params, int first) throws SQLException {
        params.setLong(first, key.orderId());
        params.setInt(first + 1, key.lineNo());
        return first + 2;
    }

    @Override
    public OrderLine withColumn(OrderLine entity, int column, Object value) {
        return switch (column) {
            case 0 -> new OrderLine(
                    (long) (Long) Objects.requireNonNull(value, "OrderLine.orderId is a primitive long: it cannot be set to null"),
                    entity.lineNo(), entity.product(), entity.price(), entity.userId());
            case 1 -> new OrderLine(entity.orderId(),
                    (int) (Integer) Objects.requireNonNull(value, "OrderLine.lineNo is a primitive int: it cannot be set to null"),
                    entity.product(), entity.price(), entity.userId());
            case 2 -> new OrderLine(entity.orderId(), entity.lineNo(), (String) value,
                    entity.price(), entity.userId());
            case 3 -> new OrderLine(entity.orderId(), entity.lineNo(), entity.product(),
                    (BigDecimal) value, entity.userId());
            case 4 -> new OrderLine(entity.orderId(), entity.lineNo(), entity.product(),
                    entity.price(),
                    (long) (Long) Objects.requireNonNull(value, "OrderLine.userId is a primitive long: it cannot be set to null"));
            default -> throw new IndexOutOfBoundsException("OrderLine has 5 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(OrderLine entity) {
        return new Object[] {entity.orderId(), entity.lineNo(), entity.product(), entity.price(), entity.userId()};
    }

    @Override
    public long changedColumns(OrderLine entity, Object[] snapshot) {
        long changed = 0L;
        if (entity.orderId() != (long) snapshot[0]) {
            changed |= 1L;
        }
        if (entity.lineNo() != (int) snapshot[1]) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.product(), snapshot[2])) {
            changed |= 4L;
        }
        if (EntityMapper.decimalChanged(entity.price(), snapshot[3])) {
            changed |= 8L;
        }
        if (entity.userId() != (long) snapshot[4]) {
            changed |= 16L;
        }
        return changed;
    }
}
