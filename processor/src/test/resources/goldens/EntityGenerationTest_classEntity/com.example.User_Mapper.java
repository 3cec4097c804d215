package com.example;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.time.Instant;
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
        entity.setEmail(row.getString(first + 2));
        entity.bio = row.getString(first + 3);
        entity.age = row.getInt(first + 4);
        entity.createdAt = row.getInstant(first + 5);
        entity.status = row.getEnum(first + 6, Status::valueOf);
        return entity;
    }

    @Override
    public long omittedDefaults(User entity) {
        long omitted = 0L;
        if (entity.createdAt == null) {
            omitted |= 1L;
        }
        return omitted;
    }

    @Override
    public int bindInsert(User entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.name);
        params.setString(index++, entity.getEmail());
        params.setString(index++, entity.bio);
        params.setInt(index++, entity.age);
        if ((omitted & 1L) == 0L) {
            params.setInstant(index++, entity.createdAt);
        }
        params.setEnum(index++, entity.status);
        return index;
    }

    @Override
    public User withReturned(User entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        entity.id = row.getLong(index++);
        if ((omitted & 1L) != 0L) {
            entity.createdAt = row.getInstant(index++);
        }
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
            case 2 -> entity.setEmail((String) value);
            case 3 -> entity.bio = (String) value;
            case 4 -> entity.age = (int) (Integer) Objects.requireNonNull(value,
                    "User.age is a primitive int: it cannot be set to null");
            case 5 -> entity.createdAt = (Instant) value;
            case 6 -> entity.status = (Status) value;
            default -> throw new IndexOutOfBoundsException("User has 7 columns, not " + column);
        }
        return entity;
    }

    @Override
    public Object[] snapshot(User entity) {
        return new Object[] {entity.name, entity.getEmail(), entity.bio, entity.age, entity.createdAt, entity.status};
    }

    @Override
    public long changedColumns(User entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.name, snapshot[0])) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.getEmail(), snapshot[1])) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.bio, snapshot[2])) {
            changed |= 4L;
        }
        if (entity.age != (int) snapshot[3]) {
            changed |= 8L;
        }
        if (!Objects.equals(entity.createdAt, snapshot[4])) {
            changed |= 16L;
        }
        if (!Objects.equals(entity.status, snapshot[5])) {
            changed |= 32L;
        }
        return changed;
    }
}
