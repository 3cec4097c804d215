package dev.quarry.bench.quarry;

import dev.quarry.annotation.Modifying;
import dev.quarry.annotation.Query;
import dev.quarry.annotation.Repository;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.query.Load;
import dev.quarry.repository.CrudRepository;
import java.util.List;

/** The users repository of the benchmark; the processor generates {@code UserRepository_Impl}. */
@Repository
public interface UserRepository extends CrudRepository<User, Long> {
    /** Scenario 2: a derived finder. */
    List<User> findByIdBetweenOrderByCreatedAtDesc(long first, long last);

    /** Scenario 4: a derived finder with a load option. */
    List<User> findByIdBetweenOrderByIdAsc(long first, long last, Load<User, ?> load);

    /** Scenario 8: a derived finder. */
    List<User> findByIdBetweenOrderByIdAsc(long first, long last);

    /** Scenario 5: an update in SQL, its parameters checked at compile time. */
    @Modifying
    @Query("update users set bio = :bio where id = :id")
    int updateBio(long id, String bio);

    /** Scenario 7: a derived finder projecting into a record. */
    List<IdEmail> findByIdBetweenOrderByEmailAsc(long first, long last);
}
