package com.example;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.ReadRepository;
import dev.quarry.repository.Slice;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Derived finders returning records of the entity's properties. */
@Repository
public interface UserProjections extends ReadRepository<User, Long> {
    /** Two properties; a primitive component for a NOT NULL boxed property is fine. */
    record NameAge(String name, int age) {
    }

    /** One property: a scalar select mapped through the constructor. */
    record Email(String email) {
    }

    /** Six properties, the most the DSL's select takes; a nullable property stays boxed. */
    record Card(long id, String name, String email, String bio, Integer age, Instant createdAt) {
    }

    List<NameAge> findByAgeGreaterThanOrderByAgeAsc(int age);

    Optional<Email> findByName(String name);

    Email getById(long id);

    Stream<NameAge> streamByStatus(Status status);

    List<Card> findTop2ByOrderByIdDesc();

    List<NameAge> findDistinctByStatusOrderByNameAsc(Status status);

    Page<NameAge> findByStatusOrderByNameAsc(Status status, PageRequest query);

    Slice<Email> findDistinctByAgeLessThanOrderByEmailAsc(int age, PageRequest page);
}
