package com.example.school;

import dev.quarry.annotation.Entity;
import dev.quarry.annotation.Id;
import dev.quarry.annotation.ManyToMany;
import java.util.List;

@Entity
public record Student(@Id long id, String name, @ManyToMany(joinEntity = Enrollment.class) List<Course> courses) {
}
