package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.repository.ReadRepository;
import java.util.List;

/** A read-only repository: no writing methods. */
@Repository
public interface UserReadRepository extends ReadRepository<User, Long> {
    List<User> findByAgeGreaterThanOrderByAgeAsc(int age);
}
