package dev.quarry.bench.quarry;

import static dev.quarry.bench.quarry.Post_.POST;
import static dev.quarry.bench.quarry.User_.USER;

import dev.quarry.Database;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.contender.Contender;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import dev.quarry.bench.model.UserPosts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quarry's DSL over generated metamodels and mappers. The graph is loaded in two statements by
 * hand (users, then their posts with {@code IN}) because relationship loading is not there yet.
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
        List<Post> entities = new ArrayList<>(posts.size());
        for (NewPost post : posts) {
            entities.add(new Post(post.authorId(), post.title(), post.content(), post.published(), post.createdAt()));
        }
        return db.transaction(tx -> tx.insertAll(POST, entities).size());
    }

    @Override
    public List<UserPosts<User, Post>> usersWithPosts(long first, long last) {
        List<User> users = db.select(USER)
                .where(USER.id.between(first, last))
                .orderBy(USER.id.asc())
                .fetch();
        List<Long> ids = new ArrayList<>(users.size());
        Map<Long, List<Post>> postsByAuthor = new HashMap<>();
        for (User user : users) {
            ids.add(user.id);
            postsByAuthor.put(user.id, new ArrayList<>());
        }
        List<Post> posts = db.select(POST)
                .where(POST.authorId.in(ids))
                .orderBy(POST.authorId.asc(), POST.id.asc())
                .fetch();
        for (Post post : posts) {
            postsByAuthor.get(post.authorId).add(post);
        }
        List<UserPosts<User, Post>> graphs = new ArrayList<>(users.size());
        for (User user : users) {
            graphs.add(new UserPosts<>(user, postsByAuthor.get(user.id)));
        }
        return graphs;
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

    @Override
    public void close() {
        db.close();
    }
}
