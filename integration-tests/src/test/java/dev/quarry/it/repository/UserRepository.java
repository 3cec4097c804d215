package dev.quarry.it.repository;

import static dev.quarry.it.model.Tables.USER;

import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every kind of derived query on a class entity with a generated key, declared outside the entity's package. */
@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    Optional<User> findByEmail(String email);

    User getByEmail(String email);

    List<User> findByNameContainingOrderByNameAsc(String part);

    List<User> findByNameStartingWithOrNameEndingWithOrderByNameDesc(String prefix, String suffix);

    List<User> findByAgeBetweenAndStatusOrderByAgeAsc(int low, int high, UserStatus status);

    List<User> findByAgeLessThanOrAgeGreaterThanEqualOrderByAgeAsc(int below, int atLeast);

    List<User> findByAgeLessThanEqualAndAgeGreaterThanOrderByAgeAsc(int atMost, int above);

    List<User> findByStatusInOrderByNameAsc(Collection<UserStatus> statuses);

    List<User> findByStatusNotInOrderByNameAsc(Collection<UserStatus> statuses);

    List<User> findByBioIsNullOrderByNameAsc();

    List<User> findByBioIsNotNullOrderByNameAsc();

    List<User> findByStatusNotOrderByNameAsc(UserStatus status);

    List<User> findByNameLikeOrderByNameAsc(String pattern);

    List<User> findByNameNotLikeOrderByNameAsc(String pattern);

    List<User> findTop2ByOrderByAgeDesc();

    Optional<User> findFirstByStatusOrderByAgeAsc(UserStatus status);

    List<User> findDistinctByStatusOrderByNameAsc(UserStatus status);

    Stream<User> streamByAgeGreaterThanOrderByAgeAsc(int age);

    Page<User> findByStatusOrderByNameAsc(UserStatus status, PageRequest page);

    Slice<User> findByAgeGreaterThanOrderByNameAsc(int age, PageRequest page);

    long countByStatus(UserStatus status);

    int countByAgeGreaterThan(int age);

    boolean existsByEmail(String email);

    int deleteByStatus(UserStatus status);

    void deleteByBioIsNotNull();

    /** A default method using the DSL through {@code database()}. */
    default List<String> namesOlderThan(int age) {
        return database().select(USER).where(USER.age.gt(age)).orderBy(USER.name.asc()).fetch().stream()
                .map(user -> user.name)
                .toList();
    }
}
