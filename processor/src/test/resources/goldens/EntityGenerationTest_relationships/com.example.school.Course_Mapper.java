package com.example.school;

import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ParameterBinder;
import dev.quarry.spi.RelationHolders;
import dev.quarry.spi.RowReader;
import java.sql.SQLException;
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
        entity.setStudents(RelationHolders.set("Course.students", "COURSE.students"));
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
}
