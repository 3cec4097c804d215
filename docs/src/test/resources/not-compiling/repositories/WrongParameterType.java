package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;

@Repository
public interface WrongParameterType extends CrudRepository<User, Long> {
    List<User> findByAgeGreaterThan(long age);
}
