package com.example;

import dev.quarry.Database;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import dev.quarry.spi.ListParameter;
import dev.quarry.spi.ParameterBinding;
import dev.quarry.spi.ValueType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link UserLists}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class UserLists_Impl extends AbstractCrudRepository<User, Long> implements UserLists {
    private static final User_ USER = User_.USER;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public UserLists_Impl(Database database) {
        super(database, USER);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public UserLists_Impl(Session session) {
        super(session, USER);
    }

    @Override
    public Optional<User> byEmails(List<String> emails, int age) {
        return queryOptional("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE email IN (?) AND age IN (?)",
                List.of(new ListParameter(1, 122, "emails", emails, ValueType.STRING)),
                params -> params.setInt(2, age),
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public List<User> byIds(Collection<Long> ids) {
        return queryList("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE id IN (?) ORDER BY name",
                List.of(new ListParameter(1, 119, "ids", ids, ValueType.LONG)),
                ParameterBinding.NONE,
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public long countEither(List<Long> ids, List<Integer> ages) {
        return queryOne("select count(*) from users where id in(?) or age in (?) or id in (?)",
                List.of(
                        new ListParameter(1, 39, "ids", ids, ValueType.LONG),
                        new ListParameter(2, 53, "ages", ages, ValueType.INT),
                        new ListParameter(3, 66, "ids", ids, ValueType.LONG)),
                ParameterBinding.NONE,
                row -> row.getLong(1));
    }

    @Override
    public int deleteIn(Set<Long> ids, Status status) {
        return execute("delete from users where id in (?) and status = ?",
                List.of(new ListParameter(1, 31, "ids", ids, ValueType.LONG)),
                params -> params.setEnum(2, status));
    }

    @Override
    public List<String> namesOutside(int age, Set<Status> statuses, String name) {
        return queryList("select name from users where age > ? and status not in (?) and name <> ? order by name",
                List.of(new ListParameter(2, 56, "statuses", statuses, ValueType.ENUM)),
                params -> {
                    params.setInt(1, age);
                    params.setString(3, name);
                },
                row -> row.getString(1));
    }

    @Override
    public Stream<User> streamByIds(Collection<? extends Long> ids) {
        return queryStream("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE id IN (?)",
                List.of(new ListParameter(1, 119, "ids", ids, ValueType.LONG)),
                ParameterBinding.NONE,
                row -> USER.mapper().read(row, 1));
    }
}
