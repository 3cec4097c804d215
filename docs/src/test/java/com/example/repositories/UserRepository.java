package com.example.repositories;

// tag::imports[]
import static com.example.blog.User_.USER;

import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
// end::imports[]

// tag::repository[]
@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    Optional<User> findByEmail(String email);                          // exactly one row or none
    User getByEmailIgnoreCase(String email);                           // NoResultException if none
    List<User> findByNameContainingOrderByNameAsc(String part);
    List<User> findByAgeBetweenAndStatusOrderByAgeAsc(int low, int high, UserStatus status);
    List<User> findByStatusInOrderByNameAsc(Collection<UserStatus> statuses);
    List<User> findByBioIsNullOrderByNameAsc();
    List<User> findTop2ByOrderByAgeDesc();
    Optional<User> findFirstByAgeGreaterThanOrderByAgeAsc(int age);
    Stream<User> streamByAgeGreaterThanOrderByAgeAsc(int age);          // close it
    Page<User> findByStatusOrderByNameAsc(UserStatus status, PageRequest page);
    Slice<User> findByAgeGreaterThanOrderByNameAsc(int age, PageRequest page);
    long countByStatus(UserStatus status);
    boolean existsByEmail(String email);
    int deleteByStatus(UserStatus status);

    User upsertByEmail(User user);                                     // email is @Column(unique = true)

    default List<User> adults() {                                      // default methods use the DSL
        return database().select(USER).where(USER.age.ge(18)).orderBy(USER.name.asc()).fetch();
    }
}
// end::repository[]
