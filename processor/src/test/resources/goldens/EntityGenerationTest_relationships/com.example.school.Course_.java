package com.example.school;

import com.example.blog.User;
import com.example.blog.User_;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.query.Column;
import dev.quarry.query.Relation;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Course}: the {@code course} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Course_ extends AbstractEntityTable<Course, Long> {
    /**
     * The schema of {@code course}, as declared on {@link Course}.
     */
    public static final TableSchema SCHEMA = new TableSchema("course",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, true, null),
                new ColumnSchema("title", "title", ValueType.STRING, 0, 0, 0, false, false, null),
                new ColumnSchema("teacher_id", "teacherId", ValueType.LONG, 0, 0, 0, true, false, null)),
            List.of("id"),
            List.of(
                new ForeignKeySchema("fk_course_teacher_id", List.of("teacher_id"), "users", List.of("id"), ReferentialAction.NO_ACTION)),
            List.of());

    /**
     * The {@code course} table.
     */
    public static final Course_ COURSE = new Course_(null);

    /**
     * Column {@code id}: {@link Course#id}.
     */
    public final Column<Course, Long> id;

    /**
     * Column {@code title}: {@link Course#title}.
     */
    public final StringColumn<Course> title;

    /**
     * Column {@code teacher_id}: {@link Course#teacherId}.
     */
    public final Column<Course, Long> teacherId;

    /**
     * Relationship {@link Course#teacher}: many-to-one to {@link User}, by {@code course.teacher_id}.
     */
    public final Relation<Course, User> teacher;

    /**
     * Relationship {@link Course#students}: many-to-many to {@link Student}, through {@code enrollment}.
     */
    public final Relation<Course, Student> students;

    private Course_(String alias) {
        super(SCHEMA, Course_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.title = stringColumn(1);
        this.teacherId = column(2, Long.class);
        this.teacher = relation(RelationSchema.manyToOne("teacher", "teacher_id", "id"),
                () -> User_.USER, entity -> entity.getTeacherId(), entity -> entity.getTeacher());
        this.students = relation(RelationSchema.manyToMany("students", "id", "id", "enrollment", "course_id", "student_id", "courses"),
                () -> Student_.STUDENT, entity -> entity.getId(), entity -> entity.getStudents());
    }

    @Override
    public Course_ as(String alias) {
        return new Course_(requireAlias(alias));
    }
}
