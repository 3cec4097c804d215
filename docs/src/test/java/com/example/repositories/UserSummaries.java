package com.example.repositories;

// tag::imports[]
import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.ReadRepository;
import dev.quarry.repository.Slice;
import java.util.List;
import java.util.Optional;
// end::imports[]

// tag::repository[]
@Repository
public interface UserSummaries extends ReadRepository<User, Long> {
    record NameAge(String name, int age) {}
    record Email(String email) {}
    record Status(UserStatus status) {}

    List<NameAge> findByAgeGreaterThanOrderByAgeAsc(int age);
    Optional<Email> findByName(String name);                           // one component: a scalar select
    Page<NameAge> findByStatusOrderByNameAsc(UserStatus status, PageRequest page);
    Slice<Status> findDistinctByAgeGreaterThanOrderByStatusAsc(int age, PageRequest page);
}
// end::repository[]
