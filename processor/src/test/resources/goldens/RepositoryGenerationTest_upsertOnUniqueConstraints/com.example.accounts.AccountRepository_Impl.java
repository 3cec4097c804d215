package com.example.accounts;

import dev.quarry.Database;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link AccountRepository}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class AccountRepository_Impl extends AbstractCrudRepository<Account, Long> implements AccountRepository {
    private static final Account_ ACCOUNT = Account_.ACCOUNT;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public AccountRepository_Impl(Database database) {
        super(database, ACCOUNT);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public AccountRepository_Impl(Session session) {
        super(session, ACCOUNT);
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return select()
                .where(ACCOUNT.email.eq(email))
                .findOne();
    }

    @Override
    public Account upsertByEmail(Account account) {
        return upsertOn(List.of(ACCOUNT.email), account);
    }

    @Override
    public Account upsertByHandleAndTenant(Account changed) {
        return upsertOn(List.of(ACCOUNT.handle, ACCOUNT.tenant), changed);
    }

    @Override
    public Account upsertByShardAndHandle(Account account) {
        return upsertOn(List.of(ACCOUNT.shard, ACCOUNT.handle), account);
    }

    @Override
    public Account upsertByTenantAndHandle(Account account) {
        return upsertOn(List.of(ACCOUNT.tenant, ACCOUNT.handle), account);
    }
}
