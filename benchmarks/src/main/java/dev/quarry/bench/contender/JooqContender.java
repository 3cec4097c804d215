package dev.quarry.bench.contender;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.bench.BenchDatabase;
import dev.quarry.bench.Workload;
import dev.quarry.bench.model.IdEmail;
import dev.quarry.bench.model.NewPost;
import dev.quarry.bench.model.PostRow;
import dev.quarry.bench.model.UserPosts;
import dev.quarry.bench.model.UserRow;
import java.time.Instant;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ's DSL. Without code generation from a live database, the tables and typed fields are
 * declared by hand with {@code DSL.table} and {@code DSL.field(name, type)}, as generated code
 * would declare them; rows are mapped with {@code Records.mapping} into records, the graph uses
 * {@code MULTISET} (one statement), inserts use a batch with bind values.
 */
public final class JooqContender implements Contender {
    private static final Table<Record> USERS = table(name("users"));
    private static final Field<Long> USER_ID = field(name("users", "id"), SQLDataType.BIGINT);
    private static final Field<String> USER_NAME = field(name("users", "name"), SQLDataType.VARCHAR(100));
    private static final Field<String> USER_EMAIL = field(name("users", "email"), SQLDataType.VARCHAR(255));
    private static final Field<String> USER_BIO = field(name("users", "bio"), SQLDataType.VARCHAR(500));
    private static final Field<Integer> USER_AGE = field(name("users", "age"), SQLDataType.INTEGER);
    private static final Field<Instant> USER_CREATED_AT = field(name("users", "created_at"), SQLDataType.INSTANT);

    private static final Table<Record> POSTS = table(name("posts"));
    private static final Field<Long> POST_ID = field(name("posts", "id"), SQLDataType.BIGINT);
    private static final Field<Long> POST_AUTHOR_ID = field(name("posts", "author_id"), SQLDataType.BIGINT);
    private static final Field<String> POST_TITLE = field(name("posts", "title"), SQLDataType.VARCHAR(200));
    private static final Field<String> POST_CONTENT = field(name("posts", "content"), SQLDataType.CLOB);
    private static final Field<Boolean> POST_PUBLISHED = field(name("posts", "published"), SQLDataType.BOOLEAN);
    private static final Field<Instant> POST_CREATED_AT = field(name("posts", "created_at"), SQLDataType.INSTANT);

    private final HikariDataSource pool = BenchDatabase.pool("jooq");
    private final DSLContext dsl = DSL.using(pool, SQLDialect.POSTGRES,
            new Settings().withExecuteLogging(false));

    @Override
    public UserRow userById(long id) {
        return dsl.select(USER_ID, USER_NAME, USER_EMAIL, USER_BIO, USER_AGE, USER_CREATED_AT)
                .from(USERS)
                .where(USER_ID.eq(id))
                .fetchOne(Records.mapping(JooqContender::user));
    }

    @Override
    public List<UserRow> usersInRange(long first, long last) {
        return dsl.select(USER_ID, USER_NAME, USER_EMAIL, USER_BIO, USER_AGE, USER_CREATED_AT)
                .from(USERS)
                .where(USER_ID.between(first, last))
                .orderBy(USER_CREATED_AT.desc())
                .fetch(Records.mapping(JooqContender::user));
    }

    @Override
    public int insertPosts(List<NewPost> posts) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            BatchBindStep batch = tx.batch(tx.insertInto(POSTS,
                            POST_AUTHOR_ID, POST_TITLE, POST_CONTENT, POST_PUBLISHED, POST_CREATED_AT)
                    .values((Long) null, null, null, null, null));
            for (NewPost post : posts) {
                batch = batch.bind(post.authorId(), post.title(), post.content(), post.published(), post.createdAt());
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
        return dsl.select(USER_ID, USER_NAME, USER_EMAIL, USER_BIO, USER_AGE, USER_CREATED_AT,
                        multiset(select(POST_ID, POST_AUTHOR_ID, POST_TITLE, POST_CONTENT, POST_PUBLISHED, POST_CREATED_AT)
                                .from(POSTS)
                                .where(POST_AUTHOR_ID.eq(USER_ID))
                                .orderBy(POST_ID))
                                .convertFrom(posts -> posts.map(Records.mapping(PostRow::new))))
                .from(USERS)
                .where(USER_ID.between(first, last))
                .orderBy(USER_ID)
                .fetch(row -> new UserPosts<>(
                        user(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6()),
                        row.value7()));
    }

    @Override
    public int updateBio(long id, String bio) {
        return dsl.update(USERS)
                .set(USER_BIO, bio)
                .where(USER_ID.eq(id))
                .execute();
    }

    @Override
    public List<IdEmail> emailsInRange(long first, long last) {
        return dsl.select(USER_ID, USER_EMAIL)
                .from(USERS)
                .where(USER_ID.between(first, last))
                .orderBy(USER_EMAIL)
                .fetch(Records.mapping(IdEmail::new));
    }

    /** The rows with {@code Records.mapping}, then a batch of the 100 updates with bind values, in one transaction. */
    @Override
    public int loadChangeFlush(long first, long last, String[] bios) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<UserRow> users = tx.select(USER_ID, USER_NAME, USER_EMAIL, USER_BIO, USER_AGE, USER_CREATED_AT)
                    .from(USERS)
                    .where(USER_ID.between(first, last))
                    .orderBy(USER_ID)
                    .fetch(Records.mapping(JooqContender::user));
            BatchBindStep batch = tx.batch(tx.update(USERS).set(USER_BIO, (String) null).where(USER_ID.eq((Long) null)));
            for (int i = 0; i < bios.length; i++) {
                batch = batch.bind(bios[i], users.get(i * Workload.CHANGE_EVERY).id());
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

    private static UserRow user(Long id, String name, String email, String bio, Integer age, Instant createdAt) {
        return new UserRow(id, name, email, bio, age, createdAt);
    }
}
