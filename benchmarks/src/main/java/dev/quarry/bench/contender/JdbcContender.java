package dev.quarry.bench.contender;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.Workload;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import dev.quarry.bench.model.PostRow;
import dev.quarry.bench.model.UserPosts;
import dev.quarry.bench.model.UserRow;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written JDBC: prepared statements, columns read by index into records, batches for
 * inserts. The floor every other contender is measured against.
 */
public final class JdbcContender implements Contender {
    private static final String USER_COLUMNS = "id, name, email, bio, age, created_at";
    private static final String POST_COLUMNS = "id, author_id, title, content, published, created_at";
    private static final int BATCH_SIZE = 1_000;

    private final HikariDataSource pool = BenchDatabase.pool("jdbc");

    @Override
    public UserRow userById(long id) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + USER_COLUMNS + " FROM users WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? user(rows) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<UserRow> usersInRange(long first, long last) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN ? AND ? ORDER BY created_at DESC")) {
            statement.setLong(1, first);
            statement.setLong(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                List<UserRow> users = new ArrayList<>();
                while (rows.next()) {
                    users.add(user(rows));
                }
                return users;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int insertPosts(List<NewPost> posts) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO posts (author_id, title, content, published, created_at) VALUES (?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (NewPost post : posts) {
                    statement.setLong(1, post.authorId());
                    statement.setString(2, post.title());
                    statement.setString(3, post.content());
                    statement.setBoolean(4, post.published());
                    statement.setObject(5, post.createdAt().atOffset(ZoneOffset.UTC));
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
                connection.commit();
                return posts.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<UserPosts<UserRow, PostRow>> usersWithPosts(long first, long last) {
        try (Connection connection = pool.getConnection()) {
            List<UserRow> users = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN ? AND ? ORDER BY id")) {
                statement.setLong(1, first);
                statement.setLong(2, last);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        users.add(user(rows));
                    }
                }
            }
            Long[] ids = new Long[users.size()];
            Map<Long, List<PostRow>> postsByAuthor = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = users.get(i).id();
                postsByAuthor.put(ids[i], new ArrayList<>());
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM posts WHERE author_id = ANY (?) ORDER BY author_id, id")) {
                Array array = connection.createArrayOf("bigint", ids);
                statement.setArray(1, array);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        PostRow post = post(rows);
                        postsByAuthor.get(post.authorId()).add(post);
                    }
                }
                array.free();
            }
            List<UserPosts<UserRow, PostRow>> graphs = new ArrayList<>(users.size());
            for (UserRow user : users) {
                graphs.add(new UserPosts<>(user, postsByAuthor.get(user.id())));
            }
            return graphs;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int updateBio(long id, String bio) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement("UPDATE users SET bio = ? WHERE id = ?")) {
            statement.setString(1, bio);
            statement.setLong(2, id);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT id, email FROM users WHERE id BETWEEN ? AND ? ORDER BY email")) {
            statement.setLong(1, first);
            statement.setLong(2, last);
            try (ResultSet rows = statement.executeQuery()) {
                List<IdEmail> emails = new ArrayList<>();
                while (rows.next()) {
                    emails.add(new IdEmail(rows.getLong(1), rows.getString(2)));
                }
                return emails;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The 1,000 rows into records, then one JDBC batch updating the 100 changed bios, in one transaction. */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<UserRow> users = new ArrayList<>(Workload.PAGE);
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + USER_COLUMNS + " FROM users WHERE id BETWEEN ? AND ? ORDER BY id")) {
                    statement.setLong(1, first);
                    statement.setLong(2, last);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            users.add(user(rows));
                        }
                    }
                }
                int changed = 0;
                try (PreparedStatement statement = connection.prepareStatement("UPDATE users SET bio = ? WHERE id = ?")) {
                    for (int i = 0; i < bios.length; i++) {
                        statement.setString(1, bios[i]);
                        statement.setLong(2, users.get(i * Workload.CHANGE_EVERY).id());
                        statement.addBatch();
                    }
                    for (int count : statement.executeBatch()) {
                        changed += count;
                    }
                }
                connection.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static UserRow user(ResultSet rows) throws SQLException {
        return new UserRow(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getInt(5), rows.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static PostRow post(ResultSet rows) throws SQLException {
        return new PostRow(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                rows.getBoolean(5), rows.getObject(6, OffsetDateTime.class).toInstant());
    }
}
