package com.example;

import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

@Repository
public interface UserQueries extends CrudRepository<User, Long> {
    @Query("select * from users where age > :age order by name")
    List<User> olderThan(int age);

    @Query("select u.* from users u join posts p on p.author_id = u.id where p.title = :title")
    Optional<User> authorOf(String title);

    @Query("select * from users where status = :status and (age between :low and :high or bio is null)")
    Stream<User> byStatusAndAge(Status status, int low, int high);

    @Query("select * from users where email = :email")
    User byEmail(String email);

    @Query("select count(*) from users where status = :status")
    long countWith(Status status);

    @Query("select name from users where age >= :age order by name")
    List<String> namesFrom(Integer age);

    @Query("select status from users where email = :email")
    Optional<Status> statusOf(String email);

    @Query("select max(age) from users -- the oldest\nwhere name <> ':not a parameter'")
    Optional<Integer> oldestAge();

    @Query("select name, age from users where age > :age order by name")
    List<NameAge> namesAndAges(int age);

    @Query("select age, name from users where email = :email")
    Optional<NameAge> nameAndAgeOf(String email);

    @Query("select p.author_id, u.status, count(*) as posts from posts p join users u on u.id = p.author_id"
            + " group by p.author_id, u.status")
    Stream<AuthorPosts> postsPerAuthor();

    @Query("select name, max(age) as age from users group by name having name = :name")
    NameAge oldestNamed(String name);

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

    List<User> findByNameBetweenIgnoreCase(String low, String high);
}
