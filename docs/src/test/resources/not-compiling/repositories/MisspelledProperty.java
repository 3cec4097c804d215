package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.Optional;

@Repository
public interface MisspelledProperty extends CrudRepository<User, Long> {
    Optional<User> findByEmial(String email);
}
