package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.repository.CrudRepository;
import java.util.Optional;

/** Upserts of {@link User} on its unique email rather than its generated key. */
@Repository
public interface UserUpsertRepository extends CrudRepository<User, Long> {
    /** Inserts {@code user}, or updates the row with its email; returns the row as stored. */
    User upsertByEmail(User user);

    Optional<User> findByEmail(String email);
}
