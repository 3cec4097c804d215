package com.example.school;

import com.example.blog.User;
import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import dev.quarry.annotation.ManyToOne;
import dev.quarry.annotation.Nullable;
import dev.quarry.relation.Ref;
import java.util.Set;

/** A class built through its all-columns constructor; its relationships are set through setters. */
@Entity
public class Course {
    @Id @GeneratedValue private final long id;
    private final String title;
    @Nullable @ForeignKey(User.class) private final Long teacherId;
    @ManyToOne private Ref<User> teacher;
    @ManyToMany(mappedBy = "courses") private Set<Student> students;

    public Course(long id, String title, Long teacherId) {
        this.id = id;
        this.title = title;
        this.teacherId = teacherId;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public Ref<User> getTeacher() {
        return teacher;
    }

    void setTeacher(Ref<User> teacher) {
        this.teacher = teacher;
    }

    public Set<Student> getStudents() {
        return students;
    }

    void setStudents(Set<Student> students) {
        this.students = students;
    }
}
