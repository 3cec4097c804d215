package dev.quarry.bench.contender;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.Workload;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import dev.quarry.bench.model.PostRow;
import dev.quarry.bench.model.UserPosts;
import dev.quarry.bench.model.UserRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * JDBI 3's fluent API: SQL with named parameters, rows mapped by a registered constructor mapper
 * (columns matched to record components by name), prepared batches for inserts.
 */
public final class JdbiContender implements Contender {
    private static final String USER_COLUMNS = "id, name, email, bio, age, created_at";
    private static final String POST_COLUMNS = "id, author_id, title, content, published, created_at";

    private final HikariDataSource pool = BenchDatabase.pool("jdbi");
    private final Jdbi jdbi = Jdbi.create(pool)
            .registerRowMapper(ConstructorMapper.factory(UserRow.class))
            .registerRowMapper(ConstructorMapper.factory(PostRow.class))
            .registerRowMapper(ConstructorMapper.factory(IdEmail.class));

    @Override
    public UserRow userById(long id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + USER_COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id)
                .mapTo(UserRow.class)
                .findOne()
                .orElse(null));
    }

    @Override
    public List<UserRow> usersInRange(long first, long last) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN :first AND :last ORDER BY created_at DESC")
                .bind("first", first)
                .bind("last", last)
                .mapTo(UserRow.class)
                .list());
    }

    @Override
    public int insertPosts(List<NewPost> posts) {
        return jdbi.inTransaction(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO posts (author_id, title, content, published, created_at)"
                    + " VALUES (:authorId, :title, :content, :published, :createdAt)");
            for (NewPost post : posts) {
                batch.bindMethods(post).add();
            }
            int inserted = 0;
            for (int count : batch.execute()) {
                inserted += count;
            }
            return inserted;
        });
    }

    @Override
    public List<UserPosts<UserRow, PostRow>> usersWithPosts(long first, long last) {
        return jdbi.withHandle(handle -> {
            List<UserRow> users = handle.createQuery(
                            "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN :first AND :last ORDER BY id")
                    .bind("first", first)
                    .bind("last", last)
                    .mapTo(UserRow.class)
                    .list();
            List<Long> ids = new ArrayList<>(users.size());
            Map<Long, List<PostRow>> postsByAuthor = new HashMap<>();
            for (UserRow user : users) {
                ids.add(user.id());
                postsByAuthor.put(user.id(), new ArrayList<>());
            }
            handle.createQuery("SELECT " + POST_COLUMNS + " FROM posts WHERE author_id IN (<ids>) ORDER BY author_id, id")
                    .bindList("ids", ids)
                    .mapTo(PostRow.class)
                    .forEach(post -> postsByAuthor.get(post.authorId()).add(post));
            List<UserPosts<UserRow, PostRow>> graphs = new ArrayList<>(users.size());
            for (UserRow user : users) {
                graphs.add(new UserPosts<>(user, postsByAuthor.get(user.id())));
            }
            return graphs;
        });
    }

    @Override
    public int updateBio(long id, String bio) {
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE users SET bio = :bio WHERE id = :id")
                .bind("bio", bio)
                .bind("id", id)
                .execute());
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT id, email FROM users WHERE id BETWEEN :first AND :last ORDER BY email")
                .bind("first", first)
                .bind("last", last)
                .mapTo(IdEmail.class)
                .list());
    }

    /** The rows through the constructor mapper, then a prepared batch of the 100 updates, in one transaction. */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        return jdbi.inTransaction(handle -> {
            List<UserRow> users = handle.createQuery(
                            "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN :first AND :last ORDER BY id")
                    .bind("first", first)
                    .bind("last", last)
                    .mapTo(UserRow.class)
                    .list();
            PreparedBatch batch = handle.prepareBatch("UPDATE users SET bio = :bio WHERE id = :id");
            for (int i = 0; i < bios.length; i++) {
                batch.bind("bio", bios[i]).bind("id", users.get(i * Workload.CHANGE_EVERY).id()).add();
            }
            int changed = 0;
            for (int count : batch.execute()) {
                changed += count;
            }
            return changed;
        });
    }

    @Override
    public void close() {
        pool.close();
    }
}
