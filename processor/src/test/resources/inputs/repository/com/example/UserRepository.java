package com.example;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    Optional<User> findByEmail(String email);

    User getByEmail(String email);

    List<User> findByNameContainingOrderByNameAsc(String part);

    List<User> findByAgeBetweenAndStatusOrEmailEndingWith(int low, int high, Status status, String domain);

    List<User> findByStatusInAndBioIsNotNull(Collection<Status> statuses);

    List<User> findTop3ByAgeGreaterThanEqualOrderByAgeDescNameAsc(int age);

    Stream<User> streamByStatusNot(Status status);

    Page<User> findByAgeLessThan(int age, PageRequest page);

    Slice<User> findByNameStartingWithOrderByIdAsc(String prefix, PageRequest page);

    long countByStatus(Status status);

    boolean existsByEmail(String email);

    int deleteByStatus(Status status);

    void deleteByBioIsNull();

    List<User> findDistinctByNameLikeAndEmailNotLike(String pattern, String excluded);

    default List<User> adults() {
        return findTop3ByAgeGreaterThanEqualOrderByAgeDescNameAsc(18);
    }
}
