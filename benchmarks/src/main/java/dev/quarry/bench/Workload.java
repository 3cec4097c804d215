package dev.quarry.bench;

import dev.quarry.bench.model.NewPost;
import java.util.List;

/**
 * The inputs of the scenarios, the same sequence for every contender: keys and key ranges
 * rotate over the seeded users, insert data is generated once.
 */
public final class Workload {
    /** Rows per page read. */
    public static final int PAGE = 1_000;
    /** Users per graph read (ten posts each). */
    public static final int GRAPH_USERS = 100;
    /** Scenario 8 changes every tenth of the {@value #PAGE} users it loads. */
    public static final int CHANGE_EVERY = 10;
    /** Users changed by scenario 8. */
    public static final int CHANGED = PAGE / CHANGE_EVERY;

    private List<NewPost> posts1000;
    private List<NewPost> posts100000;
    private long userCursor;
    private long rangeCursor;
    private long bioCursor;

    /** The next user key, rotating over every seeded user. */
    public long nextUserId() {
        userCursor = userCursor % BenchDatabase.USERS + 1;
        return userCursor;
    }

    /** The first key of the next range of {@code size} seeded users. */
    public long nextRange(int size) {
        long windows = BenchDatabase.USERS / size;
        long first = rangeCursor % windows * size + 1;
        rangeCursor++;
        return first;
    }

    /** A new biography text. */
    public String nextBio() {
        return "Updated biography " + bioCursor++;
    }

    /**
     * {@value #CHANGED} new biography texts, each different from every value the table held
     * before, so that every object scenario 8 changes is really changed.
     */
    public String[] nextBios() {
        String[] bios = new String[CHANGED];
        for (int i = 0; i < bios.length; i++) {
            bios[i] = nextBio();
        }
        return bios;
    }

    /** 1,000 posts to insert. */
    public List<NewPost> posts1000() {
        if (posts1000 == null) {
            posts1000 = NewPost.generate(1_000, BenchDatabase.USERS);
        }
        return posts1000;
    }

    /** 100,000 posts to load. */
    public List<NewPost> posts100000() {
        if (posts100000 == null) {
            posts100000 = NewPost.generate(100_000, BenchDatabase.USERS);
        }
        return posts100000;
    }
}
