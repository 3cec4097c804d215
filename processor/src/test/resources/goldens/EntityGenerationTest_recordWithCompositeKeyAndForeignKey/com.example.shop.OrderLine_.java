package com.example.shop;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link OrderLine}: the {@code order_line} table and its typed columns.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class OrderLine_ extends AbstractEntityTable<OrderLine, OrderLine_.Key> {
    /**
     * The schema of {@code order_line}, as declared on {@link OrderLine}.
     */
    public static final TableSchema SCHEMA = new TableSchema("order_line",
            List.of(
                new ColumnSchema("order_id", "orderId", ValueType.LONG, 0, 0, 0, false, false, null),
                new ColumnSchema("line_no", "lineNo", ValueType.INT, 0, 0, 0, false, false, null),
                new ColumnSchema("product", "product", ValueType.STRING, 0, 0, 0, false, false, null),
                new ColumnSchema("price", "price", ValueType.DECIMAL, 0, 10, 2, true, false, null),
                new ColumnSchema("user_id", "userId", ValueType.LONG, 0, 0, 0, false, false, null)),
            List.of("order_id", "line_no"),
            List.of(
                new ForeignKeySchema("fk_order_line_user_id", List.of("user_id"), "users", List.of("id"), ReferentialAction.CASCADE)),
            List.of());

    /**
     * The {@code order_line} table.
     */
    public static final OrderLine_ ORDER_LINE = new OrderLine_(null);

    /**
     * Column {@code order_id}: {@link OrderLine#orderId}.
     */
    public final Column<OrderLine, Long> orderId;

    /**
     * Column {@code line_no}: {@link OrderLine#lineNo}.
     */
    public final Column<OrderLine, Integer> lineNo;

    /**
     * Column {@code product}: {@link OrderLine#product}.
     */
    public final StringColumn<OrderLine> product;

    /**
     * Column {@code price}: {@link OrderLine#price}.
     */
    public final Column<OrderLine, BigDecimal> price;

    /**
     * Column {@code user_id}: {@link OrderLine#userId}.
     */
    public final Column<OrderLine, Long> userId;

    private OrderLine_(String alias) {
        super(SCHEMA, OrderLine_Mapper.INSTANCE, alias);
        this.orderId = column(0, Long.class);
        this.lineNo = column(1, Integer.class);
        this.product = stringColumn(2);
        this.price = column(3, BigDecimal.class);
        this.userId = column(4, Long.class);
    }

    @Override
    public OrderLine_ as(String alias) {
        return new OrderLine_(requireAlias(alias));
    }

    /**
     * The primary key of {@link OrderLine}: its {@code @Id} columns, in key order.
     */
    public record Key(long orderId, int lineNo) {
    }
}
