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
 * Maps {@link Tag} to and from rows of {@code tag}; used through {@link Tag_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Tag_Mapper implements EntityMapper<Tag, String> {
    static final Tag_Mapper INSTANCE = new Tag_Mapper();

    private Tag_Mapper() {
    }

    @Override
    public Class<Tag> entityClass() {
        return Tag.class;
    }

    @Override
    public Tag read(RowReader row, int first) throws SQLException {
        Tag entity = new Tag();
        entity.name = row.getString(first);
        entity.setPosts(RelationHolders.list("Tag.posts", "TAG.posts", Relation.Kind.MANY_TO_MANY));
        return entity;
    }

    @Override
    public long omittedDefaults(Tag entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Tag entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.name);
        return index;
    }

    @Override
    public Tag withReturned(Tag entity, long omitted, RowReader row) throws SQLException {
        return entity;
    }

    @Override
    public String key(Tag entity) {
        return entity.name;
    }

    @Override
    public int bindKey(String key, ParameterBinder params, int first) throws SQLException {
        params.setString(first, key);
        return first + 1;
    }

    @Override
    public Tag withColumn(Tag entity, int column, Object value) {
        switch (column) {
            case 0 -> entity.name = (String) value;
            default -> throw new IndexOutOfBoundsException("Tag has 1 column, not " + column);
        }
        return entity;
    }

    @Override
    public Object[] snapshot(Tag entity) {
        return new Object[] {entity.name};
    }

    @Override
    public long changedColumns(Tag entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.name, snapshot[0])) {
            changed |= 1L;
        }
        return changed;
    }
}
