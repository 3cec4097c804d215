package com.example.blog;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RelationHolders;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Profile} to and from rows of {@code profile}; used through {@link Profile_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Profile_Mapper implements EntityMapper<Profile, Long> {
    static final Profile_Mapper INSTANCE = new Profile_Mapper();

    private Profile_Mapper() {
    }

    @Override
    public Class<Profile> entityClass() {
        return Profile.class;
    }

    @Override
    public Profile read(RowReader row, int first) throws SQLException {
        return new Profile(
                row.getLong(first),
                row.getLongOrNull(first + 1),
                RelationHolders.ref("Profile.user", "PROFILE.user"),
                row.getString(first + 2));
    }

    @Override
    public long omittedDefaults(Profile entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Profile entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setLong(index++, entity.id());
        params.setLongOrNull(index++, entity.userId());
        params.setString(index++, entity.bio());
        return index;
    }

    @Override
    public Profile withReturned(Profile entity, long omitted, RowReader row) throws SQLException {
        return entity;
    }

    @Override
    public Long key(Profile entity) {
        return entity.id();
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public Profile withColumn(Profile entity, int column, Object value) {
        return switch (column) {
            case 0 -> new Profile(
                    (long) (Long) Objects.requireNonNull(value, "Profile.id is a primitive long: it cannot be set to null"),
                    entity.userId(), entity.user(), entity.bio());
            case 1 -> new Profile(entity.id(), (Long) value, entity.user(), entity.bio());
            case 2 -> new Profile(entity.id(), entity.userId(), entity.user(), (String) value);
            default -> throw new IndexOutOfBoundsException("Profile has 3 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(Profile entity) {
        return new Object[] {entity.id(), entity.userId(), entity.bio()};
    }

    @Override
    public long changedColumns(Profile entity, Object[] snapshot) {
        long changed = 0L;
        if (entity.id() != (long) snapshot[0]) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.userId(), snapshot[1])) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.bio(), snapshot[2])) {
            changed |= 4L;
        }
        return changed;
    }
}
