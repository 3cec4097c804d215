package com.example.library;

import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Shelf.Author}: the {@code author} table and its typed columns.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Shelf_Author_ extends AbstractEntityTable<Shelf.Author, Integer> {
    /**
     * The schema of {@code author}, as declared on {@link Shelf.Author}.
     */
    public static final TableSchema SCHEMA = new TableSchema("author",
            List.of(
                new ColumnSchema("id", "id", ValueType.INT, 0, 0, 0, false, false, null),
                new ColumnSchema("name", "name", ValueType.STRING, 0, 0, 0, false, false, null)),
            List.of("id"),
            List.of(),
            List.of());

    /**
     * The {@code author} table.
     */
    public static final Shelf_Author_ AUTHOR = new Shelf_Author_(null);

    /**
     * Column {@code id}: {@link Shelf.Author#id}.
     */
    public final Column<Shelf.Author, Integer> id;

    /**
     * Column {@code name}: {@link Shelf.Author#name}.
     */
    public final StringColumn<Shelf.Author> name;

    private Shelf_Author_(String alias) {
        super(SCHEMA, Shelf_Author_Mapper.INSTANCE, alias);
        this.id = column(0, Integer.class);
        this.name = stringColumn(1);
    }

    @Override
    public Shelf_Author_ as(String alias) {
        return new Shelf_Author_(requireAlias(alias));
    }
}
