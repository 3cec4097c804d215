package com.example;

import dev.quarry.query.Column;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.CheckSchema;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.time.Instant;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link User}: the {@code users} table and its typed columns.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class User_ extends AbstractEntityTable<User, Long> {
    /**
     * The schema of {@code users}, as declared on {@link User}.
     */
    public static final TableSchema SCHEMA = new TableSchema("users",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, true, null),
                new ColumnSchema("name", "name", ValueType.STRING, 100, 0, 0, false, false, null),
                new ColumnSchema("email", "email", ValueType.STRING, 255, 0, 0, false, false, null),
                new ColumnSchema("bio", "bio", ValueType.STRING, 500, 0, 0, true, false, null),
                new ColumnSchema("age", "age", ValueType.INT, 0, 0, 0, false, false, null),
                new ColumnSchema("created_at", "createdAt", ValueType.INSTANT, 0, 0, 0, false, false, "CURRENT_TIMESTAMP"),
                new ColumnSchema("status", "status", ValueType.ENUM, 0, 0, 0, false, false, null)),
            List.of("id"),
            List.of(),
            List.of(
                new IndexSchema("ux_users_email", List.of("email"), true),
                new IndexSchema("ix_users_name_created_at", List.of("name", "created_at"), false)),
            null,
            null,
            null,
            List.of(
                new CheckSchema("users_status_check", "\"status\" IN ('ACTIVE', 'BANNED')")));

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
     * Column {@code email}: {@link User#email}.
     */
    public final StringColumn<User> email;

    /**
     * Column {@code bio}: {@link User#bio}.
     */
    public final StringColumn<User> bio;

    /**
     * Column {@code age}: {@link User#age}.
     */
    public final Column<User, Integer> age;

    /**
     * Column {@code created_at}: {@link User#createdAt}.
     */
    public final Column<User, Instant> createdAt;

    /**
     * Column {@code status}: {@link User#status}.
     */
    public final Column<User, Status> status;

    private User_(String alias) {
        super(SCHEMA, User_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.name = stringColumn(1);
        this.email = stringColumn(2);
        this.bio = stringColumn(3);
        this.age = column(4, Integer.class);
        this.createdAt = column(5, Instant.class);
        this.status = column(6, Status.class);
    }

    @Override
    public User_ as(String alias) {
        return new User_(requireAlias(alias));
    }
}
