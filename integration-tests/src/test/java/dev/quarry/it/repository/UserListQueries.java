package dev.quarry.it.repository;

import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.it.model.User;
import dev.quarry.it.model.UserStatus;
import dev.quarry.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** {@code @Query} methods with collection parameters, each the whole list of an {@code IN} or {@code NOT IN}. */
@Repository
public interface UserListQueries extends CrudRepository<User, Long> {
    @Query("select * from users where id in (:ids) order by name")
    List<User> byIds(Collection<Long> ids);

    @Query("select name from users where id not in(:ids) order by name")
    List<String> namesExcept(List<Long> ids);

    @Query("select name from users where not (id in (:ids)) order by name")
    List<String> namesNotAmong(List<Long> ids);

    @Query("select name, case when id in (:ids) then 'picked' else 'left' end as pick from users order by name")
    List<Pick> picks(List<Long> ids);

    @Query("select name from users where bio not in (:bios) order by name")
    List<String> namesWithBioNotIn(List<String> bios);

    @Query("select name from users where status in (:statuses) order by name")
    List<String> namesWith(Set<UserStatus> statuses);

    @Query("select name from users where name in (:names) and age not in (:ages) order by name")
    List<String> namedNotAged(List<String> names, Set<Integer> ages);

    @Query("select name from users where age >= :low and id in (:ids) and name <> :skipped and age <= :high"
            + " order by name")
    List<String> within(int low, Collection<Long> ids, String skipped, int high);

    @Query("select count(*) from users where id in (:ids) or email in (:emails) or id in (:ids)")
    long countEither(List<Long> ids, List<String> emails);

    @Query("select * from users where email in (:emails)")
    Optional<User> oneOf(Set<String> emails);

    @Query("select * from users where id in (:ids) order by id")
    Stream<User> streamByIds(List<Long> ids);

    @Modifying
    @Query("delete from users where id in (:ids) and status = :status")
    int deleteWith(Set<Long> ids, UserStatus status);

    @Modifying
    @Query("update users set bio = :bio where id not in (:ids)")
    int updateBioExcept(String bio, List<Long> ids);

    /** A name and whether the list holds the user. */
    record Pick(String name, String pick) {
    }
}
