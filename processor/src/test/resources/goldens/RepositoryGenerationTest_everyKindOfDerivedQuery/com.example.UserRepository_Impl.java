package com.example;

import dev.quarry.Database;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link UserRepository}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class UserRepository_Impl extends AbstractCrudRepository<User, Long> implements UserRepository {
    private static final User_ USER = User_.USER;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public UserRepository_Impl(Database database) {
        super(database, USER);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public UserRepository_Impl(Session session) {
        super(session, USER);
    }

    @Override
    public long countByStatus(Status status) {
        return select()
                .where(USER.status.eq(status))
                .count();
    }

    @Override
    public void deleteByBioIsNull() {
        deleteRows(USER.bio.isNull());
    }

    @Override
    public int deleteByStatus(Status status) {
        return deleteRows(USER.status.eq(status));
    }

    @Override
    public boolean existsByEmail(String email) {
        return select()
                .where(USER.email.eq(email))
                .limit(1)
                .count() > 0;
    }

    @Override
    public List<User> findByAgeBetweenAndStatusOrEmailEndingWith(int low, int high, Status status,
            String domain) {
        return select()
                .where(USER.age.between(low, high).and(USER.status.eq(status)).or(USER.email.like("%" + domain)))
                .fetch();
    }

    @Override
    public Page<User> findByAgeLessThan(int age, PageRequest page) {
        return page(select()
                .where(USER.age.lt(age)), page);
    }

    @Override
    public Optional<User> findByEmail(String email) {
        return select()
                .where(USER.email.eq(email))
                .findOne();
    }

    @Override
    public List<User> findByNameContainingOrderByNameAsc(String part) {
        return select()
                .where(USER.name.like("%" + part + "%"))
                .orderBy(USER.name.asc())
                .fetch();
    }

    @Override
    public Slice<User> findByNameStartingWithOrderByIdAsc(String prefix, PageRequest page) {
        return slice(select()
                .where(USER.name.like(prefix + "%"))
                .orderBy(USER.id.asc()), page);
    }

    @Override
    public List<User> findByStatusInAndBioIsNotNull(Collection<Status> statuses) {
        return select()
                .where(USER.status.in(statuses).and(USER.bio.isNotNull()))
                .fetch();
    }

    @Override
    public List<User> findDistinctByNameLikeAndEmailNotLike(String pattern, String excluded) {
        return select()
                .where(USER.name.like(pattern).and(USER.email.notLike(excluded)))
                .fetch();
    }

    @Override
    public List<User> findTop3ByAgeGreaterThanEqualOrderByAgeDescNameAsc(int age) {
        return select()
                .where(USER.age.ge(age))
                .orderBy(USER.age.desc(), USER.name.asc())
                .limit(3)
                .fetch();
    }

    @Override
    public User getByEmail(String email) {
        return select()
                .where(USER.email.eq(email))
                .one();
    }

    @Override
    public Stream<User> streamByStatusNot(Status status) {
        return select()
                .where(USER.status.ne(status))
                .stream();
    }
}
