package com.example.blog;

import dev.quarry.annotation.ReferentialAction;
import dev.quarry.query.Column;
import dev.quarry.query.Relation;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Post}: the {@code post} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Post_ extends AbstractEntityTable<Post, Long> {
    /**
     * The schema of {@code post}, as declared on {@link Post}.
     */
    public static final TableSchema SCHEMA = new TableSchema("post",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, true, null),
                new ColumnSchema("title", "title", ValueType.STRING, 0, 0, 0, false, false, null),
                new ColumnSchema("author_id", "authorId", ValueType.LONG, 0, 0, 0, false, false, null)),
            List.of("id"),
            List.of(
                new ForeignKeySchema("fk_post_author_id", List.of("author_id"), "users", List.of("id"), ReferentialAction.CASCADE)),
            List.of());

    /**
     * The schema of join table {@code post_tags}, which Quarry generates for {@link Post#tags}.
     */
    public static final TableSchema POST_TAGS_JOIN_TABLE = new TableSchema("post_tags",
            List.of(
                new ColumnSchema("post_id", "post_id", ValueType.LONG, 0, 0, 0, false, false, null),
                new ColumnSchema("tag_name", "tag_name", ValueType.STRING, 40, 0, 0, false, false, null)),
            List.of("post_id", "tag_name"),
            List.of(
                new ForeignKeySchema("fk_post_tags_post_id", List.of("post_id"), "post", List.of("id"), ReferentialAction.CASCADE),
                new ForeignKeySchema("fk_post_tags_tag_name", List.of("tag_name"), "tag", List.of("name"), ReferentialAction.CASCADE)),
            List.of(
                new IndexSchema("ix_post_tags_tag_name", List.of("tag_name"), false)));

    /**
     * The {@code post} table.
     */
    public static final Post_ POST = new Post_(null);

    /**
     * Column {@code id}: {@link Post#id}.
     */
    public final Column<Post, Long> id;

    /**
     * Column {@code title}: {@link Post#title}.
     */
    public final StringColumn<Post> title;

    /**
     * Column {@code author_id}: {@link Post#authorId}.
     */
    public final Column<Post, Long> authorId;

    /**
     * Relationship {@link Post#author}: many-to-one to {@link User}, by {@code post.author_id}.
     */
    public final Relation<Post, User> author;

    /**
     * Relationship {@link Post#tags}: many-to-many to {@link Tag}, through {@code post_tags}.
     */
    public final Relation<Post, Tag> tags;

    private Post_(String alias) {
        super(SCHEMA, List.of(POST_TAGS_JOIN_TABLE), Post_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.title = stringColumn(1);
        this.authorId = column(2, Long.class);
        this.author = relation(RelationSchema.manyToOne("author", "author_id", "id"),
                () -> User_.USER, entity -> entity.authorId(), entity -> entity.author());
        this.tags = relation(RelationSchema.manyToMany("tags", "id", "name", "post_tags", "post_id", "tag_name", null),
                () -> Tag_.TAG, entity -> entity.id(), entity -> entity.tags());
    }

    @Override
    public Post_ as(String alias) {
        return new Post_(requireAlias(alias));
    }
}
