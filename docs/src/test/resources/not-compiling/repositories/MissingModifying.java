package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

@Repository
public interface MissingModifying extends CrudRepository<User, Long> {
    @Query("delete from users where age < :age")
    int deleteYoungerThan(int age);
}
