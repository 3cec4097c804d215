package com.example.library;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Book} to and from rows of {@code book}; used through {@link Book_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Book_Mapper implements EntityMapper<Book, Integer> {
    static final Book_Mapper INSTANCE = new Book_Mapper();

    private Book_Mapper() {
    }

    @Override
    public Class<Book> entityClass() {
        return Book.class;
    }

    @Override
    public Book read(RowReader row, int first) throws SQLException {
        Book entity = new Book();
        entity.id = row.getInt(first);
        entity.title = row.getString(first + 1);
        entity.isbn = row.getString(first + 2);
        entity.authorId = row.getInt(first + 3);
        return entity;
    }

    @Override
    public long omittedDefaults(Book entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Book entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.title);
        params.setString(index++, entity.isbn);
        params.setIntOrNull(index++, entity.authorId);
        return index;
    }

    @Override
    public Book withReturned(Book entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        entity.id = row.getInt(index++);
        return entity;
    }

    @Override
    public Integer key(Book entity) {
        return entity.id;
    }

    @Override
    public int bindKey(Integer key, ParameterBinder params, int first) throws SQLException {
        params.setIntOrNull(first, key);
        return first + 1;
    }

    @Override
    public Book withColumn(Book entity, int column, Object value) {
        switch (column) {
            case 0 -> entity.id = (int) (Integer) Objects.requireNonNull(value,
                    "Book.id is a primitive int: it cannot be set to null");
            case 1 -> entity.title = (String) value;
            case 2 -> entity.isbn = (String) value;
            case 3 -> entity.authorId = (Integer) value;
            default -> throw new IndexOutOfBoundsException("Book has 4 columns, not " + column);
        }
        return entity;
    }

    @Override
    public Object[] snapshot(Book entity) {
        return new Object[] {entity.title, entity.isbn, entity.authorId};
    }

    @Override
    public long changedColumns(Book entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.title, snapshot[0])) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.isbn, snapshot[1])) {
            changed |= 2L;
        }
        if (!Objects.equals(entity.authorId, snapshot[2])) {
            changed |= 4L;
        }
        return changed;
    }
}
