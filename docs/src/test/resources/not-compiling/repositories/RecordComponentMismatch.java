package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.ReadRepository;
import java.util.List;

@Repository
public interface RecordComponentMismatch extends ReadRepository<User, Long> {
    record NameAge(String nmae, int age) {}

    @Query("select name, age from users where age > :age order by name")
    List<NameAge> olderThan(int age);
}
