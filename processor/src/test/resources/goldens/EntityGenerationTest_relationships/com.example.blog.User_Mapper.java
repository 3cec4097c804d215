package com.example.blog;

import dev.quarry.query.Relation;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RelationHolders;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link User} to and from rows of {@code users}; used through {@link User_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class User_Mapper implements EntityMapper<User, Long> {
    static final User_Mapper INSTANCE = new User_Mapper();

    private User_Mapper() {
    }

    @Override
    public Class<User> entityClass() {
        return User.class;
    }

    @Override
    public User read(RowReader row, int first) throws SQLException {
        User entity = new User();
        entity.id = row.getLong(first);
        entity.name = row.getString(first + 1);
        entity.posts = RelationHolders.list("User.posts", "USER.posts", Relation.Kind.ONE_TO_MANY);
        entity.profile = RelationHolders.ref("User.profile", "USER.profile");
        return entity;
    }

    @Override
    public long omittedDefaults(User entity) {
        return 0L;
    }

    @Override
    public int bindInsert(User entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.name);
        return index;
    }

    @Override
    public User withReturned(User entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        entity.id = row.getLong(index++);
        return entity;
    }

    @Override
    public Long key(User entity) {
        return entity.id;
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public User withColumn(User entity, int column, Object value) {
        switch (column) {
            case 0 -> entity.id = (Long) value;
            case 1 -> entity.name = (String) value;
            default -> throw new IndexOutOfBoundsException("User has 2 columns, not " + column);
        }
        return entity;
    }

    @Override
    public Object[] snapshot(User entity) {
        return new Object[] {entity.name};
    }

    @Override
    public long changedColumns(User entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.name, snapshot[0])) {
            changed |= 1L;
        }
        return changed;
    }
}
