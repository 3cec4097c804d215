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
 * Maps {@link Post} to and from rows of {@code post}; used through {@link Post_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Post_Mapper implements EntityMapper<Post, Long> {
    static final Post_Mapper INSTANCE = new Post_Mapper();

    private Post_Mapper() {
    }

    @Override
    public Class<Post> entityClass() {
        return Post.class;
    }

    @Override
    public Post read(RowReader row, int first) throws SQLException {
        return new Post(
                row.getLong(first),
                row.getString(first + 1),
                row.getLong(first + 2),
                RelationHolders.ref("Post.author", "POST.author"),
                RelationHolders.set("Post.tags", "POST.tags", Relation.Kind.MANY_TO_MANY));
    }

    @Override
    public long omittedDefaults(Post entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Post entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.title());
        params.setLong(index++, entity.authorId());
        return index;
    }

    @Override
    public Post withReturned(Post entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        long id = row.getLong(index++);
        return new Post(
                id,
                entity.title(),
                entity.authorId(),
                entity.author(),
                entity.tags());
    }

    @Override
    public Long key(Post entity) {
        return entity.id();
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public Post withColumn(Post entity, int column, Object value) {
        return switch (column) {
            case 0 -> new Post(
                    (long) (Long) Objects.requireNonNull(value, "Post.id is a primitive long: it cannot be set to null"),
                    entity.title(), entity.authorId(), entity.author(), entity.tags());
            case 1 -> new Post(entity.id(), (String) value, entity.authorId(), entity.author(),
                    entity.tags());
            case 2 -> new Post(entity.id(), entity.title(),
                    (long) (Long) Objects.requireNonNull(value, "Post.authorId is a primitive long: it cannot be set to null"),
                    entity.author(), entity.tags());
            default -> throw new IndexOutOfBoundsException("Post has 3 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(Post entity) {
        return new Object[] {entity.title(), entity.authorId()};
    }

    @Override
    public long changedColumns(Post entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.title(), snapshot[0])) {
            changed |= 1L;
        }
        if (entity.authorId() != (long) snapshot[1]) {
            changed |= 2L;
        }
        return changed;
    }
}
