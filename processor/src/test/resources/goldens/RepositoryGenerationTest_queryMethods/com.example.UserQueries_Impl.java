package com.example;

import dev.quarry.Database;
import dev.quarry.query.Sql;
import dev.quarry.session.Session;
import dev.quarry.spi.AbstractCrudRepository;
import dev.quarry.spi.ParameterBinding;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implementation of {@link UserQueries}, generated from its method names.
 */
@Generated("dev.quarry.processor.QuarryProcessor")
public final class UserQueries_Impl extends AbstractCrudRepository<User, Long> implements UserQueries {
    private static final User_ USER = User_.USER;

    /**
     * Creates the repository over {@code database}; calls join the caller's transaction.
     */
    public UserQueries_Impl(Database database) {
        super(database, USER);
    }

    /**
     * Creates the repository in {@code session}: reads go through its identity map, saves and
     * deletes are sent by its flush.
     */
    public UserQueries_Impl(Session session) {
        super(session, USER);
    }

    @Override
    public Optional<User> authorOf(String title) {
        return queryOptional("SELECT u.id, u.name, u.email, u.bio, u.age, u.created_at, u.status FROM users u JOIN posts p ON p.author_id = u.id WHERE p.title = ?",
                params -> params.setString(1, title),
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public User byEmail(String email) {
        return queryOne("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE email = ?",
                params -> params.setString(1, email),
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public Stream<User> byStatusAndAge(Status status, int low, int high) {
        return queryStream("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE status = ? AND (age BETWEEN ? AND ? OR bio IS NULL)",
                params -> {
                    params.setEnum(1, status);
                    params.setInt(2, low);
                    params.setInt(3, high);
                },
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public long countWith(Status status) {
        return queryOne("select count(*) from users where status = ?",
                params -> params.setEnum(1, status),
                row -> row.getLong(1));
    }

    @Override
    public void deleteYoungerThan(int age) {
        execute("delete from users where age < ?",
                params -> params.setInt(1, age));
    }

    @Override
    public Optional<User> findByEmailIgnoreCase(String email) {
        return select()
                .where(Sql.lower(USER.email).eq(Sql.lower(Sql.value(email))))
                .findOne();
    }

    @Override
    public List<User> findByNameBetweenIgnoreCase(String low, String high) {
        return select()
                .where(Sql.lower(USER.name).ge(Sql.lower(Sql.value(low))).and(Sql.lower(USER.name).le(Sql.lower(Sql.value(high)))))
                .fetch();
    }

    @Override
    public long insertActive(String name, String email, int age) {
        return (long) execute("insert into users (name, email, age, status) values (?, ?, ?, 'ACTIVE')",
                params -> {
                    params.setString(1, name);
                    params.setString(2, email);
                    params.setInt(3, age);
                });
    }

    @Override
    public Optional<NameAge> nameAndAgeOf(String email) {
        return queryOptional("select age, name from users where email = ?",
                params -> params.setString(1, email),
                row -> new NameAge(row.getString(2), row.getInt(1)));
    }

    @Override
    public List<NameAge> namesAndAges(int age) {
        return queryList("select name, age from users where age > ? order by name",
                params -> params.setInt(1, age),
                row -> new NameAge(row.getString(1), row.getInt(2)));
    }

    @Override
    public List<String> namesFrom(Integer age) {
        return queryList("select name from users where age >= ? order by name",
                params -> params.setIntOrNull(1, age),
                row -> row.getString(1));
    }

    @Override
    public List<User> olderThan(int age) {
        return queryList("SELECT users.id, users.name, users.email, users.bio, users.age, users.created_at, users.status FROM users WHERE age > ? ORDER BY name",
                params -> params.setInt(1, age),
                row -> USER.mapper().read(row, 1));
    }

    @Override
    public Optional<Integer> oldestAge() {
        return queryOptional("select max(age) from users -- the oldest\n"
                        + "where name <> ':not a parameter'",
                ParameterBinding.NONE,
                row -> row.getIntOrNull(1));
    }

    @Override
    public NameAge oldestNamed(String name) {
        return queryOne("select name, max(age) as age from users group by name having name = ?",
                params -> params.setString(1, name),
                row -> new NameAge(row.getString(1), row.getInt(2)));
    }

    @Override
    public Stream<AuthorPosts> postsPerAuthor() {
        return queryStream("select p.author_id, u.status, count(*) as posts from posts p join users u on u.id = p.author_id group by p.author_id, u.status",
                ParameterBinding.NONE,
                row -> new AuthorPosts(row.getLong(1), row.getLong(3), row.getEnum(2, Status::valueOf)));
    }

    @Override
    public Optional<Status> statusOf(String email) {
        return queryOptional("select status from users where email = ?",
                params -> params.setString(1, email),
                row -> row.getEnum(1, Status::valueOf));
    }

    @Override
    public int updateBio(long id, String bio) {
        return execute("update users set bio = ? where id = ?",
                params -> {
                    params.setString(1, bio);
                    params.setLong(2, id);
                });
    }
}
