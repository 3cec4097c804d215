package com.example.events;

import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Event}: the {@code events} table and its typed columns.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Event_ extends AbstractEntityTable<Event, Long> {
    /**
     * The schema of {@code events}, as declared on {@link Event}.
     */
    public static final TableSchema SCHEMA = new TableSchema("events",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, true, null),
                new ColumnSchema("name", "name", ValueType.STRING, 0, 0, 0, false, false, null),
                new ColumnSchema("created_at", "createdAt", ValueType.INSTANT, 0, 0, 0, false, false, "CURRENT_TIMESTAMP"),
                new ColumnSchema("attempts", "attempts", ValueType.INT, 0, 0, 0, false, false, "0"),
                new ColumnSchema("note", "note", ValueType.STRING, 0, 0, 0, true, false, "'none'")),
            List.of("id"),
            List.of(),
            List.of());

    /**
     * The {@code events} table.
     */
    public static final Event_ EVENT = new Event_(null);

    /**
     * Column {@code id}: {@link Event#id}.
     */
    public final Column<Event, Long> id;

    /**
     * Column {@code name}: {@link Event#name}.
     */
    public final StringColumn<Event> name;

    /**
     * Column {@code created_at}: {@link Event#createdAt}.
     */
    public final Column<Event, Instant> createdAt;

    /**
     * Column {@code attempts}: {@link Event#attempts}.
     */
    public final Column<Event, Integer> attempts;

    /**
     * Column {@code note}: {@link Event#note}.
     */
    public final StringColumn<Event> note;

    private Event_(String alias) {
        super(SCHEMA, Event_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.name = stringColumn(1);
        this.createdAt = column(2, Instant.class);
        this.attempts = column(3, Integer.class);
        this.note = stringColumn(4);
    }

    @Override
    public Event_ as(String alias) {
        return new Event_(requireAlias(alias));
    }
}
