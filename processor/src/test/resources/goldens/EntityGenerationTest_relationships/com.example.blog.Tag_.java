package com.example.blog;

import dev.quarry.query.Relation;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Tag}: the {@code tag} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Tag_ extends AbstractEntityTable<Tag, String> {
    /**
     * The schema of {@code tag}, as declared on {@link Tag}.
     */
    public static final TableSchema SCHEMA = new TableSchema("tag",
            List.of(
                new ColumnSchema("name", "name", ValueType.STRING, 40, 0, 0, false, false, null)),
            List.of("name"),
            List.of(),
            List.of());

    /**
     * The {@code tag} table.
     */
    public static final Tag_ TAG = new Tag_(null);

    /**
     * Column {@code name}: {@link Tag#name}.
     */
    public final StringColumn<Tag> name;

    /**
     * Relationship {@link Tag#posts}: many-to-many to {@link Post}, through {@code post_tags}.
     */
    public final Relation<Tag, Post> posts;

    private Tag_(String alias) {
        super(SCHEMA, Tag_Mapper.INSTANCE, alias);
        this.name = stringColumn(0);
        this.posts = relation(RelationSchema.manyToMany("posts", "name", "id", "post_tags", "tag_name", "post_id", "tags"),
                () -> Post_.POST, entity -> entity.name, entity -> entity.getPosts());
    }

    @Override
    public Tag_ as(String alias) {
        return new Tag_(requireAlias(alias));
    }
}
