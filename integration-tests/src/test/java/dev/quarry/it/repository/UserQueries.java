package dev.quarry.it.repository;

import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code @Query} methods of every result kind, and derived queries with {@code IgnoreCase}. */
@Repository
public interface UserQueries extends CrudRepository<User, Long> {
    @Query("select * from users where age > :age order by name")
    List<User> olderThan(int age);

    @Query("select u.* from users u join posts p on p.author_id = u.id where p.title = :title")
    Optional<User> authorOf(String title);

    @Query("select * from users where status = :status and (age between :low and :high or bio is null) order by age")
    Stream<User> byStatusAndAge(UserStatus status, int low, int high);

    @Query("select * from users where email = :email")
    User byEmail(String email);

    @Query("select count(*) from users where status = :status")
    long countWith(UserStatus status);

    @Query("select name from users where age >= :age or name = :ageName order by name")
    List<String> namesFrom(Integer age, String ageName);

    @Query("select status from users where email = :email")
    Optional<UserStatus> statusOf(String email);

    @Query("select bio from users where email = :email")
    Optional<String> bioOf(String email);

    @Query("select max(age) from users -- the oldest\nwhere name <> ':not a parameter' and created_at <= :now")
    Optional<Integer> oldestAge(Instant now);

    @Query("select u.name from users u where lower(u.name) = lower(:name) and u.age = u.age")
    String canonicalName(String name);

    @Query("select name, age from users where age > :age order by name")
    List<NameAge> namesAndAges(int age);

    @Query("select age, name from users where email = :email")
    Optional<NameAge> nameAndAgeOf(String email);

    @Query("select p.author_id, u.name as author_name, u.status, count(*) as posts from posts p"
            + " join users u on u.id = p.author_id group by p.author_id, u.name, u.status order by u.name")
    Stream<AuthorPosts> postsPerAuthor();

    @Query("select u.created_at, u.bio, u.name from users u where u.email = :email")
    Profile profileOf(String email);

    @Modifying
    @Query("update users set bio = :bio where id = :id")
    int updateBio(long id, String bio);

    @Modifying
    @Query("delete from users where age < :age")
    void deleteYoungerThan(int age);

    @Modifying
    @Query("insert into users (name, email, age, status) values (:name, :email, :age, 'ACTIVE')")
    long insertActive(String name, String email, int age);

    Optional<User> findByEmailIgnoreCase(String email);

    List<User> findByNameNotIgnoreCaseOrderByNameAsc(String name);

    List<User> findByNameBetweenIgnoreCaseOrderByNameAsc(String low, String high);

    /** A {@code @Query} row read into a record by component name. */
    record NameAge(String name, int age) {
    }

    /** An aggregate row: snake_case columns, an alias, an enum and a count. */
    record AuthorPosts(long authorId, String authorName, UserStatus status, long posts) {
    }

    /** A row with a nullable column and a timestamp, selected in another order than the components. */
    record Profile(String name, String bio, Instant createdAt) {
    }
}
