package com.example.school;

import dev.quarry.query.Column;
import dev.quarry.query.Relation;
import dev.quarry.query.StringColumn;
import dev.quarry.spi.AbstractEntityTable;
import dev.quarry.spi.ColumnSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.TableSchema;
import dev.quarry.spi.ValueType;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Metamodel of {@link Student}: the {@code student} table and its typed columns and relationships.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class Student_ extends AbstractEntityTable<Student, Long> {
    /**
     * The schema of {@code student}, as declared on {@link Student}.
     */
    public static final TableSchema SCHEMA = new TableSchema("student",
            List.of(
                new ColumnSchema("id", "id", ValueType.LONG, 0, 0, 0, false, false, null),
                new ColumnSchema("name", "name", ValueType.STRING, 0, 0, 0, false, false, null)),
            List.of("id"),
            List.of(),
            List.of());

    /**
     * The {@code student} table.
     */
    public static final Student_ STUDENT = new Student_(null);

    /**
     * Column {@code id}: {@link Student#id}.
     */
    public final Column<Student, Long> id;

    /**
     * Column {@code name}: {@link Student#name}.
     */
    public final StringColumn<Student> name;

    /**
     * Relationship {@link Student#courses}: many-to-many to {@link Course}, through {@code enrollment}.
     */
    public final Relation<Student, Course> courses;

    private Student_(String alias) {
        super(SCHEMA, Student_Mapper.INSTANCE, alias);
        this.id = column(0, Long.class);
        this.name = stringColumn(1);
        this.courses = relation(RelationSchema.manyToMany("courses", "id", "id", "enrollment", "student_id", "course_id", null),
                () -> Course_.COURSE, entity -> entity.id(), entity -> entity.courses());
    }

    @Override
    public Student_ as(String alias) {
        return new Student_(requireAlias(alias));
    }
}
