package com.example.repositories;

// tag::imports[]
import com.example.blog.User;
import com.example.blog.UserStatus;
import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
// end::imports[]

@Repository
public interface UserQueries extends CrudRepository<User, Long> {
    // tag::queries[]
    @Query("select * from users where age > :age order by name")
    List<User> olderThan(int age);

    @Query("select u.* from users u join posts p on p.author_id = u.id where p.title = :title")
    Optional<User> authorOf(String title);

    @Query("select count(*) from users where status = :status")
    long countWith(UserStatus status);

    @Query("select name from users where age >= :age order by name")
    List<String> namesFrom(int age);

    @Query("select bio from users where email = :email")
    Optional<String> bioOf(String email);                              // empty for a NULL too

    @Modifying
    @Query("update users set bio = :bio where id = :id")
    int updateBio(long id, String bio);
    // end::queries[]

    // tag::collections[]
    @Query("select * from users where id in (:ids) order by name")
    List<User> byIds(Collection<Long> ids);

    @Query("select name from users where age > :age and status not in (:statuses) and name <> :name order by name")
    List<String> namesOutside(int age, Set<UserStatus> statuses, String name);

    @Modifying
    @Query("delete from users where id in (:ids) and status = :status")
    int deleteIn(Set<Long> ids, UserStatus status);
    // end::collections[]
}
