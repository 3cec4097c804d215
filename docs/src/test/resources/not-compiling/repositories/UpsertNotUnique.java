package com.example.repositories.mistakes;

import com.example.blog.User;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

@Repository
public interface UpsertNotUnique extends CrudRepository<User, Long> {
    User upsertByName(User user);
}
