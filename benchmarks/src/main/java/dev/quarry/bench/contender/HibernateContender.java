package dev.quarry.bench.contender;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.Workload;
import dev.quarry.bench.hibernate.PostEntity;
import dev.quarry.bench.hibernate.UserEntity;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate ORM with JPA entities: {@code find} by key, JPQL queries, {@code JOIN FETCH} for the
 * graph, a constructor expression for the projection, {@code persist} with JDBC batching
 * (flushing and clearing the session every batch) for inserts, and a JPQL update.
 */
public final class HibernateContender implements Contender {
    private static final int BATCH_SIZE = 1_000;

    private final HikariDataSource pool = BenchDatabase.pool("hibernate");
    private final SessionFactory sessions;

    /** Boots a session factory over the shared pool configuration. */
    public HibernateContender() {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(UserEntity.class)
                .addAnnotatedClass(PostEntity.class)
                .setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(BATCH_SIZE))
                .setProperty(AvailableSettings.ORDER_INSERTS, "true")
                .setProperty(AvailableSettings.SHOW_SQL, "false");
        configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, pool);
        this.sessions = configuration.buildSessionFactory();
    }

    @Override
    public UserEntity userById(long id) {
        return sessions.fromSession(session -> session.find(UserEntity.class, id));
    }

    @Override
    public List<UserEntity> usersInRange(long first, long last) {
        return sessions.fromSession(session -> session.createSelectionQuery(
                        "from User u where u.id between :first and :last order by u.createdAt desc", UserEntity.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList());
    }

    @Override
    public int insertPosts(List<NewPost> posts) {
        return sessions.fromTransaction(session -> {
            int pending = 0;
            for (NewPost post : posts) {
                UserEntity author = session.getReference(UserEntity.class, post.authorId());
                session.persist(new PostEntity(author, post.title(), post.content(), post.published(), post.createdAt()));
                if (++pending == BATCH_SIZE) {
                    flushAndClear(session);
                    pending = 0;
                }
            }
            flushAndClear(session);
            return posts.size();
        });
    }

    @Override
    public List<UserEntity> usersWithPosts(long first, long last) {
        return sessions.fromSession(session -> session.createSelectionQuery(
                        "from User u join fetch u.posts where u.id between :first and :last order by u.id",
                        UserEntity.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList());
    }

    @Override
    public int updateBio(long id, String bio) {
        return sessions.fromTransaction(session -> session.createMutationQuery(
                        "update User u set u.bio = :bio where u.id = :id")
                .setParameter("bio", bio)
                .setParameter("id", id)
                .executeUpdate());
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        return sessions.fromSession(session -> session.createSelectionQuery(
                        "select new dev.quarry.bench.model.IdEmail(u.id, u.email) from User u"
                                + " where u.id between :first and :last order by u.email", IdEmail.class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList());
    }

    /**
     * A session loads 1,000 managed entities, setters change 100, and the commit's flush finds
     * them by dirty checking (Hibernate's default: each update sets every column; the 100 go as
     * one JDBC batch).
     */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        return sessions.fromTransaction(session -> {
            List<UserEntity> users = session.createSelectionQuery(
                            "from User u where u.id between :first and :last order by u.id", UserEntity.class)
                    .setParameter("first", first)
                    .setParameter("last", last)
                    .getResultList();
            for (int i = 0; i < bios.length; i++) {
                users.get(i * Workload.CHANGE_EVERY).setBio(bios[i]);
            }
            return bios.length;
        });
    }

    @Override
    public void close() {
        sessions.close();
        pool.close();
    }

    private static void flushAndClear(Session session) {
        session.flush();
        session.clear();
    }
}
