package dev.quarry.sample.repository;

import static dev.quarry.sample.domain.User_.USER;

import dev.quarry.DataAccess;
import dev.quarry.sample.domain.User;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Data access for users: typed queries over the generated {@code User_} metamodel. Calls join
 * the caller's transaction; the repository never commits or rolls back.
 */
public final class UserRepository {
    private final DataAccess db;

    public UserRepository(DataAccess db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Stores a new user and returns it with its id and creation time. */
    public User add(User user) {
        return db.insert(USER, user);
    }

    /** The user with this id. */
    public Optional<User> findById(long id) {
        return db.get(USER, id);
    }

    /** The user with this email. */
    public Optional<User> findByEmail(String email) {
        return db.select(USER).where(USER.email.eq(email)).findOne();
    }

    /** Users whose name contains {@code part}, by name. */
    public List<User> searchByName(String part) {
        return db.select(USER)
                .where(USER.name.like("%" + part + "%"))
                .orderBy(USER.name.asc())
                .fetch();
    }

    /** Replaces a user's bio; returns whether the user exists. */
    public boolean updateBio(long id, String bio) {
        return db.update(USER).set(USER.bio, bio).where(USER.id.eq(id)).execute() == 1;
    }

    /** How many users there are. */
    public long count() {
        return db.select(USER).count();
    }
}
