package com.example.blog.data;

import com.example.blog.Post_;
import com.example.blog.Profile_;
import com.example.blog.User;
import com.example.blog.User_;
import com.example.tags.Tag_;
import dev.quarry.Database;
import dev.quarry.query.Load;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import dev.quarry.repository.Slice;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import java.util.List;
import java.util.Optional;
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
    public Slice<User> findByIdGreaterThanOrderByIdAsc(long id, PageRequest page) {
        return slice(select()
                .where(USER.id.gt(id))
                .orderBy(USER.id.asc())
                .load(Load.joined(USER.profile).then(Profile_.PROFILE.user)), page);
    }

    @Override
    public Optional<User> findByName(String name) {
        return select()
                .where(USER.name.eq(name))
                .load(Load.joined(USER.profile))
                .load(Load.selectIn(USER.posts))
                .load(Load.selectIn(USER.posts).then(Post_.POST.author))
                .findOne();
    }

    @Override
    public List<User> findByNameContaining(String part) {
        return select()
                .where(USER.name.like("%" + part + "%"))
                .fetch();
    }

    @Override
    public Page<User> findByNameNot(String name, PageRequest page, Load<User, ?> load) {
        return page(select()
                .where(USER.name.ne(name))
                .load(Load.selectIn(USER.posts))
                .load(load), page);
    }

    @Override
    public List<User> findByNameOrderByIdDesc(String name) {
        return select()
                .where(USER.name.eq(name))
                .orderBy(USER.id.desc())
                .load(Load.joined(USER.profile))
                .load(Load.joined(USER.posts))
                .fetch();
    }

    @Override
    public List<User> findByNameStartingWith(String prefix) {
        return select()
                .where(USER.name.like(prefix + "%"))
                .load(Load.selectIn(USER.posts).then(Post_.POST.tags))
                .fetch();
    }

    @Override
    public User getById(long id) {
        return select()
                .where(USER.id.eq(id))
                .load(Load.selectIn(USER.posts).then(Post_.POST.tags).then(Tag_.TAG.posts))
                .one();
    }
}
