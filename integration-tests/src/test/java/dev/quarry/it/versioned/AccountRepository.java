package dev.quarry.it.versioned;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;

/** CRUD over versioned accounts. */
@Repository
public interface AccountRepository extends CrudRepository<Account, Long> {
}
