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
 * Metamodel of {@link Profile}: the {@code profile} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Profile_ extends AbstractEntityTable<Profile, Long> {
    /**
     * The schema of {@code profile}, as declared on {@link Profile}.
     */
    public static final TableSchema SCHEMA = new TableSchema("profile",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, false, null),
                new ColumnSchema("user_id", "userId", ValueType.LONG, 0, 0, 0, true, false, null),
                new ColumnSchema("bio", "bio", ValueType.STRING, 0, 0, 0, false, false, null)),
            List.of("id"),
            List.of(
                new ForeignKeySchema("fk_profile_user_id", List.of("user_id"), "users", List.of("id"), ReferentialAction.NO_ACTION)),
            List.of(
                new IndexSchema("ux_profile_user_id", List.of("user_id"), true)));

    /**
     * The {@code profile} table.
     */
    public static final Profile_ PROFILE = new Profile_(null);

    /**
     * Column {@code id}: {@link Profile#id}.
     */
    public final Column<Profile, Long> id;

    /**
     * Column {@code user_id}: {@link Profile#userId}.
     */
    public final Column<Profile, Long> userId;

    /**
     * Column {@code bio}: {@link Profile#bio}.
     */
    public final StringColumn<Profile> bio;

    /**
     * Relationship {@link Profile#user}: one-to-one to {@link User}, by {@code profile.user_id}.
     */
    public final Relation<Profile, User> user;

    private Profile_(String alias) {
        super(SCHEMA, Profile_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.userId = column(1, Long.class);
        this.bio = stringColumn(2);
        this.user = relation(RelationSchema.oneToOne("user", "user_id", "id"), () -> User_.USER,
                entity -> entity.userId(), entity -> entity.user());
    }

    @Override
    public Profile_ as(String alias) {
        return new Profile_(requireAlias(alias));
    }
}
