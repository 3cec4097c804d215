package dev.quarry.it.repository;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.ReadRepository;
import dev.quarry.repository.Slice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Derived finders that return records of {@link User}'s properties instead of whole users. */
@Repository
public interface UserSummaries extends ReadRepository<User, Long> {
    /** Two properties. */
    record NameAge(String name, int age) {
    }

    /** One property: a scalar select. */
    record Email(String email) {
    }

    /** Six properties, a nullable one included. */
    record Card(Long id, String name, String email, String bio, int age, Instant createdAt) {
    }

    List<NameAge> findByAgeGreaterThanOrderByAgeAsc(int age);

    Optional<Email> findByName(String name);

    Email getByName(String name);

    Stream<NameAge> streamByStatusOrderByNameAsc(UserStatus status);

    List<Card> findTop2ByOrderByAgeDesc();

    /** One status per row, each once. */
    record State(UserStatus status) {
    }

    List<State> findDistinctByAgeGreaterThanOrderByStatusAsc(int age);

    Page<NameAge> findByAgeLessThanOrderByNameAsc(int age, PageRequest page);

    Slice<Email> findByStatusOrderByEmailAsc(UserStatus status, PageRequest page);
}
