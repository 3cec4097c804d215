package com.example.school;

import dev.quarry.query.Relation;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RelationHolders;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Maps {@link Student} to and from rows of {@code student}; used through {@link Student_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Student_Mapper implements EntityMapper<Student, Long> {
    static final Student_Mapper INSTANCE = new Student_Mapper();

    private Student_Mapper() {
    }

    @Override
    public Class<Student> entityClass() {
        return Student.class;
    }

    @Override
    public Student read(RowReader row, int first) throws SQLException {
        return new Student(
                row.getLong(first),
                row.getString(first + 1),
                RelationHolders.list("Student.courses", "STUDENT.courses",
                        Relation.Kind.MANY_TO_MANY));
    }

    @Override
    public long omittedDefaults(Student entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Student entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setLong(index++, entity.id());
        params.setString(index++, entity.name());
        return index;
    }

    @Override
    public Student withReturned(Student entity, long omitted, RowReader row) throws SQLException {
        return entity;
    }

    @Override
    public Long key(Student entity) {
        return entity.id();
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public Student withColumn(Student entity, int column, Object value) {
        return switch (column) {
            case 0 -> new Student(
                    (long) (Long) Objects.requireNonNull(value, "Student.id is a primitive long: it cannot be set to null"),
                    entity.name(), entity.courses());
            case 1 -> new Student(entity.id(), (String) value, entity.courses());
            default -> throw new IndexOutOfBoundsException("Student has 2 columns, not " + column);
        };
    }

    @Override
    public Object[] snapshot(Student entity) {
        return new Object[] {entity.id(), entity.name()};
    }

    @Override
    public long changedColumns(Student entity, Object[] snapshot) {
        long changed = 0L;
        if (entity.id() != (long) snapshot[0]) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.name(), snapshot[1])) {
            changed |= 2L;
        }
        return changed;
    }
}
