package com.example;

import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

@Repository
public interface UserLists extends CrudRepository<User, Long> {
    @Query("select * from users where id in (:ids) order by name")
    List<User> byIds(Collection<Long> ids);

    @Query("select name from users where age > :age and status not in (:statuses) and name <> :name order by name")
    List<String> namesOutside(int age, Set<Status> statuses, String name);

    @Query("select count(*) from users where id in(:ids) or age in (:ages) or id in (:ids)")
    long countEither(List<Long> ids, List<Integer> ages);

    @Query("select * from users where email in (:emails) and age in (:age)")
    Optional<User> byEmails(List<String> emails, int age);

    @Query("select * from users where id in (:ids)")
    Stream<User> streamByIds(Collection<? extends Long> ids);

    @Modifying
    @Query("delete from users where id in (:ids) and status = :status")
    int deleteIn(Set<Long> ids, Status status);
}
