package com.example;

import dev.quarry.Database;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractReadRepository;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link UserProjections}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class UserProjections_Impl extends AbstractReadRepository<User, Long> implements UserProjections {
    private static final User_ USER = User_.USER;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public UserProjections_Impl(Database database) {
        super(database, USER);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public UserProjections_Impl(Session session) {
        super(session, USER);
    }

    @Override
    public List<UserProjections.NameAge> findByAgeGreaterThanOrderByAgeAsc(int age) {
        return select()
                .where(USER.age.gt(age))
                .orderBy(USER.age.asc())
                .select(USER.name, USER.age)
                .into(UserProjections.NameAge::new)
                .fetch();
    }

    @Override
    public Optional<UserProjections.Email> findByName(String name) {
        return select()
                .where(USER.name.eq(name))
                .select(USER.email)
                .map(UserProjections.Email::new)
                .findOne();
    }

    @Override
    public Page<UserProjections.NameAge> findByStatusOrderByNameAsc(Status status,
            PageRequest query) {
        return page(select()
                .where(USER.status.eq(status))
                .orderBy(USER.name.asc()),
                query2 -> query2.select(USER.name, USER.age).into(UserProjections.NameAge::new),
                query);
    }

    @Override
    public Slice<UserProjections.Email> findDistinctByAgeLessThanOrderByEmailAsc(int age,
            PageRequest page) {
        return slice(select()
                .where(USER.age.lt(age))
                .orderBy(USER.email.asc()),
                query -> query.select(USER.email).map(UserProjections.Email::new).distinct(),
                page);
    }

    @Override
    public List<UserProjections.NameAge> findDistinctByStatusOrderByNameAsc(Status status) {
        return select()
                .where(USER.status.eq(status))
                .orderBy(USER.name.asc())
                .select(USER.name, USER.age)
                .into(UserProjections.NameAge::new)
                .distinct()
                .fetch();
    }

    @Override
    public List<UserProjections.Card> findTop2ByOrderByIdDesc() {
        return select()
                .orderBy(USER.id.desc())
                .limit(2)
                .select(USER.id, USER.name, USER.email, USER.bio, USER.age, USER.createdAt)
                .into(UserProjections.Card::new)
                .fetch();
    }

    @Override
    public UserProjections.Email getById(long id) {
        return select()
                .where(USER.id.eq(id))
                .select(USER.email)
                .map(UserProjections.Email::new)
                .one();
    }

    @Override
    public Stream<UserProjections.NameAge> streamByStatus(Status status) {
        return select()
                .where(USER.status.eq(status))
                .select(USER.name, USER.age)
                .into(UserProjections.NameAge::new)
                .stream();
    }
}
