package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;

@Repository
public interface UnknownColumn extends CrudRepository<User, Long> {
    @Query("select * from users where agee > :age")
    List<User> olderThan(int age);
}
