package com.example.accounts;

import dev.quarry.annotation.Repository;
import dev.quarry.repository.CrudRepository;
import java.util.Optional;

@Repository
public interface AccountRepository extends CrudRepository<Account, Long> {
    Account upsertByEmail(Account account);

    Account upsertByTenantAndHandle(Account account);

    Account upsertByHandleAndTenant(Account changed);

    Account upsertByShardAndHandle(Account account);

    Optional<Account> findByEmail(String email);
}
