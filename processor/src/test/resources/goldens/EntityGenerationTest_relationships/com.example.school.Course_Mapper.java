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
 * Maps {@link Course} to and from rows of {@code course}; used through {@link Course_}.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
final class Course_Mapper implements EntityMapper<Course, Long> {
    static final Course_Mapper INSTANCE = new Course_Mapper();

    private Course_Mapper() {
    }

    @Override
    public Class<Course> entityClass() {
        return Course.class;
    }

    @Override
    public Course read(RowReader row, int first) throws SQLException {
        Course entity = new Course(
                row.getLong(first),
                row.getString(first + 1),
                row.getLongOrNull(first + 2));
        entity.setTeacher(RelationHolders.ref("Course.teacher", "COURSE.teacher"));
        entity.setStudents(RelationHolders.set("Course.students", "COURSE.students",
                Relation.Kind.MANY_TO_MANY));
        return entity;
    }

    @Override
    public long omittedDefaults(Course entity) {
        return 0L;
    }

    @Override
    public int bindInsert(Course entity, long omitted, ParameterBinder params, int first) throws
            SQLException {
        int index = first;
        params.setString(index++, entity.getTitle());
        params.setLongOrNull(index++, entity.getTeacherId());
        return index;
    }

    @Override
    public Course withReturned(Course entity, long omitted, RowReader row) throws SQLException {
        int index = 1;
        long id = row.getLong(index++);
        Course returned = new Course(
                id,
                entity.getTitle(),
                entity.getTeacherId());
        returned.setTeacher(entity.getTeacher());
        returned.setStudents(entity.getStudents());
        return returned;
    }

    @Override
    public Long key(Course entity) {
        return entity.getId();
    }

    @Override
    public int bindKey(Long key, ParameterBinder params, int first) throws SQLException {
        params.setLongOrNull(first, key);
        return first + 1;
    }

    @Override
    public Course withColumn(Course entity, int column, Object value) {
        Course changed = switch (column) {
            case 0 -> new Course(
                    (long) (Long) Objects.requireNonNull(value, "Course.id is a primitive long: it cannot be set to null"),
                    entity.getTitle(), entity.getTeacherId());
            case 1 -> new Course(entity.getId(), (String) value, entity.getTeacherId());
            case 2 -> new Course(entity.getId(), entity.getTitle(), (Long) value);
            default -> throw new IndexOutOfBoundsException("Course has 3 columns, not " + column);
        };
        changed.setTeacher(entity.getTeacher());
        changed.setStudents(entity.getStudents());
        return changed;
    }

    @Override
    public Object[] snapshot(Course entity) {
        return new Object[] {entity.getTitle(), entity.getTeacherId()};
    }

    @Override
    public long changedColumns(Course entity, Object[] snapshot) {
        long changed = 0L;
        if (!Objects.equals(entity.getTitle(), snapshot[0])) {
            changed |= 1L;
        }
        if (!Objects.equals(entity.getTeacherId(), snapshot[1])) {
            changed |= 2L;
        }
        return changed;
    }
}
