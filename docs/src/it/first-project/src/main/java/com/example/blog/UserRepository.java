package com.example.blog;

import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    Optional<User> findByEmail(String email);                     // parsed and checked at compile time

    List<User> findByNameContainingOrderByCreatedAtDesc(String part);

    @Query("select * from users where age > :age")               // SQL and parameters checked too
    List<User> olderThan(int age);
}
