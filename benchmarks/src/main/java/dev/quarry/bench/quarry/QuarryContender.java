package dev.quarry.bench.quarry;

import static dev.quarry.bench.quarry.Post_.POST;
import static dev.quarry.bench.quarry.User_.USER;
import static dev.quarry.query.Load.selectIn;

import dev.quarry.Database;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.Workload;
import dev.quarry.bench.contender.Contender;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import dev.quarry.session.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarry's DSL over generated metamodels and mappers. The graph is loaded with a select-in load
 * option: the users, then all their posts in one more statement. The bulk load is
 * {@code bulkInsert}, a {@code COPY} on PostgreSQL.
 */
public final class QuarryContender implements Contender {
    private final Database db = Database.create(Database.builder(BenchDatabase.url())
            .maximumPoolSize(BenchDatabase.POOL_SIZE)
            .minimumIdle(BenchDatabase.POOL_SIZE)
            .poolName("quarry")
            .build());

    @Override
    public User userById(long id) {
        return db.get(USER, id).orElse(null);
    }

    @Override
    public List<User> usersInRange(long first, long last) {
        return db.select(USER)
                .where(USER.id.between(first, last))
                .orderBy(USER.createdAt.desc())
                .fetch();
    }

    @Override
    public int insertPosts(List<NewPost> posts) {
        List<Post> entities = entities(posts);
        return db.transaction(tx -> tx.insertAll(POST, entities).size());
    }

    /** {@code bulkInsert}: a {@code COPY} on PostgreSQL, nothing read back. */
    @Override
    public int bulkLoad(List<NewPost> posts) {
        return Math.toIntExact(db.bulkInsert(POST, entities(posts)));
    }

    private static List<Post> entities(List<NewPost> posts) {
        List<Post> entities = new ArrayList<>(posts.size());
        for (NewPost post : posts) {
            entities.add(new Post(post.authorId(), post.title(), post.content(), post.published(), post.createdAt()));
        }
        return entities;
    }

    @Override
    public List<User> usersWithPosts(long first, long last) {
        return db.select(USER)
                .where(USER.id.between(first, last))
                .orderBy(USER.id.asc())
                .load(selectIn(USER.posts).orderBy(POST.id.asc()))
                .fetch();
    }

    @Override
    public int updateBio(long id, String bio) {
        return db.update(USER).set(USER.bio, bio).where(USER.id.eq(id)).execute();
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        return db.select(USER.id, USER.email)
                .into(IdEmail::new)
                .where(USER.id.between(first, last))
                .orderBy(USER.email.asc())
                .fetch();
    }

    /**
     * The session: its query puts the 1,000 users in the identity map with a snapshot each, a
     * setter changes 100, and the commit's flush finds them by comparing with the snapshots and
     * sends one JDBC batch of {@code UPDATE "users" SET "bio" = ? WHERE "id" = ?}.
     */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        try (Session session = db.session()) {
            List<User> users = session.select(USER)
                    .where(USER.id.between(first, last))
                    .orderBy(USER.id.asc())
                    .fetch();
            for (int i = 0; i < bios.length; i++) {
                users.get(i * Workload.CHANGE_EVERY).setBio(bios[i]);
            }
            session.commit();
            return bios.length;
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
