package dev.quarry.sample.repository;

import static dev.quarry.sample.domain.User_.USER;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import dev.quarry.sample.domain.User;
import java.util.List;
import java.util.Optional;

/**
 * Data access for users. Quarry generates {@code UserRepository_Impl} at compile time: the
 * CRUD methods, and the finders parsed from their names (a misspelled property is a compile
 * error). Calls join the caller's transaction; the repository never commits or rolls back.
 */
@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    /** The user with this email. */
    Optional<User> findByEmail(String email);

    /** Users whose name contains {@code part}, by name. */
    List<User> findByNameContainingOrderByNameAsc(String part);

    /** Replaces a user's bio; returns whether the user exists. */
    default boolean updateBio(long id, String bio) {
        return database().update(USER).set(USER.bio, bio).where(USER.id.eq(id)).execute() == 1;
    }
}
