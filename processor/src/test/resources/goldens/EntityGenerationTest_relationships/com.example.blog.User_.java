package com.example.blog;

import dev.quarry.annotation.Cascade;
import dev.quarry.query.Column;
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
 * Metamodel of {@link User}: the {@code users} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class User_ extends AbstractEntityTable<User, Long> {
    /**
     * The schema of {@code users}, as declared on {@link User}.
     */
    public static final TableSchema SCHEMA = new TableSchema("users",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, true, null),
                new ColumnSchema("name", "name", ValueType.STRING, 100, 0, 0, false, false, null)),
            List.of("id"),
            List.of(),
            List.of());

    /**
     * The {@code users} table.
     */
    public static final User_ USER = new User_(null);

    /**
     * Column {@code id}: {@link User#id}.
     */
    public final Column<User, Long> id;

    /**
     * Column {@code name}: {@link User#name}.
     */
    public final StringColumn<User> name;

    /**
     * Relationship {@link User#posts}: one-to-many to {@link Post}, by {@code post.author_id}; cascades DELETE, DELETE_ORPHAN.
     */
    public final Relation<User, Post> posts;

    /**
     * Relationship {@link User#profile}: one-to-one to {@link Profile}, by {@code profile.user_id}; cascades DELETE.
     */
    public final Relation<User, Profile> profile;

    private User_(String alias) {
        super(SCHEMA, User_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.name = stringColumn(1);
        this.posts = relation(RelationSchema.oneToMany("posts", "id", "author_id", "author")
                .cascade(Cascade.DELETE, Cascade.DELETE_ORPHAN), () -> Post_.POST,
                entity -> entity.id, entity -> entity.posts);
        this.profile = relation(RelationSchema.oneToOneMappedBy("profile", "id", "user_id", "user")
                .cascade(Cascade.DELETE), () -> Profile_.PROFILE, entity -> entity.id,
                entity -> entity.profile);
    }

    @Override
    public User_ as(String alias) {
        return new User_(requireAlias(alias));
    }
}
