package com.example.school;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.ForeignKey;
import dev.quarry.annotation.GeneratedValue;
import dev.quarry.annotation.Id;
import java.time.Instant;

@Entity
public record Enrollment(
        @Id @GeneratedValue long id,
        @ForeignKey(Student.class) long studentId,
        @ForeignKey(Course.class) long courseId,
        Instant enrolledAt) {
}
