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
import dev.quarry.query.Load;
import java.util.ArrayList;
import java.util.List;

/**
 * Quarry's generated repositories ({@link UserRepository}, {@link PostRepository}): the way an
 * application's service layer calls Quarry. Derived finders, {@code saveAll}, a {@code @Query}
 * update and a record projection, over the same generated mappers as the DSL.
 */
public final class QuarryRepositoryContender implements Contender {
    private static final Load<User, Post> POSTS_BY_ID = selectIn(USER.posts).orderBy(POST.id.asc());

    private final Database db = Database.create(Database.builder(BenchDatabase.url())
            .maximumPoolSize(BenchDatabase.POOL_SIZE)
            .minimumIdle(BenchDatabase.POOL_SIZE)
            .poolName("quarry-repository")
            .build());
    private final UserRepository users = new UserRepository_Impl(db);
    private final PostRepository posts = new PostRepository_Impl(db);

    @Override
    public User userById(long id) {
        return users.findById(id).orElse(null);
    }

    @Override
    public List<User> usersInRange(long first, long last) {
        return users.findByIdBetweenOrderByCreatedAtDesc(first, last);
    }

    @Override
    public int insertPosts(List<NewPost> rows) {
        List<Post> entities = new ArrayList<>(rows.size());
        for (NewPost post : rows) {
            entities.add(new Post(post.authorId(), post.title(), post.content(), post.published(), post.createdAt()));
        }
        return posts.saveAll(entities).size();
    }

    @Override
    public List<User> usersWithPosts(long first, long last) {
        return users.findByIdBetweenOrderByIdAsc(first, last, POSTS_BY_ID);
    }

    @Override
    public int updateBio(long id, String bio) {
        return users.updateBio(id, bio);
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        return users.findByIdBetweenOrderByEmailAsc(first, last);
    }

    /**
     * Without a session (repositories are not bound to one yet): in one transaction, a derived
     * finder loads the users, setters change 100, and {@code saveAll} writes the 100 the caller
     * knows it changed (updates of every column, as {@code save} does).
     */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        return db.transaction(tx -> {
            List<User> loaded = users.findByIdBetweenOrderByIdAsc(first, last);
            List<User> changed = new ArrayList<>(bios.length);
            for (int i = 0; i < bios.length; i++) {
                User user = loaded.get(i * Workload.CHANGE_EVERY);
                user.setBio(bios[i]);
                changed.add(user);
            }
            return users.saveAll(changed).size();
        });
    }

    @Override
    public void close() {
        db.close();
    }
}
