package dev.quarry.bench;

import dev.quarry.bench.contender.Contender;
import dev.quarry.bench.model.UserGraph;
import java.util.List;

/** The eight scenarios: the JMH method that measures each, how to run it once, and what it must return. */
public enum Scenario {
    /** One row by primary key into an object. */
    READ_BY_KEY("s1ReadByKey", "1. One row by primary key", 1) {
        @Override
        Object run(Contender contender, Workload workload) {
            return contender.userById(workload.nextUserId());
        }

        @Override
        void check(Object result) {
            if (result == null) {
                throw new IllegalStateException("no user found by key");
            }
        }
    },
    /** 1,000 rows filtered and ordered into objects. */
    READ_1000("s2Read1000", "2. 1,000 rows, filtered and ordered", 1_000) {
        @Override
        Object run(Contender contender, Workload workload) {
            long first = workload.nextRange(Workload.PAGE);
            return contender.usersInRange(first, first + Workload.PAGE - 1);
        }
    },
    /** Inserting 1,000 rows in one transaction. */
    INSERT_1000("s3Insert1000", "3. Insert 1,000 rows in one transaction", 1_000) {
        @Override
        Object run(Contender contender, Workload workload) {
            return contender.insertPosts(workload.posts1000());
        }
    },
    /** 100 users with their 1,000 posts as object graphs. */
    GRAPH("s4Graph", "4. 100 users with their 1,000 posts", 1_000) {
        @Override
        Object run(Contender contender, Workload workload) {
            long first = workload.nextRange(Workload.GRAPH_USERS);
            return contender.usersWithPosts(first, first + Workload.GRAPH_USERS - 1);
        }

        @Override
        void check(Object result) {
            List<?> users = (List<?>) result;
            int posts = 0;
            for (Object user : users) {
                posts += ((UserGraph) user).postCount();
            }
            if (users.size() != Workload.GRAPH_USERS || posts != expectedSize()) {
                throw new IllegalStateException("expected " + Workload.GRAPH_USERS + " users with " + expectedSize()
                        + " posts, got " + users.size() + " users with " + posts + " posts");
            }
        }
    },
    /** Updating one row by key. */
    UPDATE_BY_KEY("s5UpdateByKey", "5. Update one row by key", 1) {
        @Override
        Object run(Contender contender, Workload workload) {
            return contender.updateBio(workload.nextUserId(), workload.nextBio());
        }
    },
    /** Loading 100,000 rows. */
    BULK_LOAD("s6BulkLoad", "6. Bulk load of 100,000 rows", 100_000) {
        @Override
        Object run(Contender contender, Workload workload) {
            return contender.bulkLoad(workload.posts100000());
        }
    },
    /** Two columns of 1,000 rows. */
    PROJECTION("s7Projection", "7. Two columns of 1,000 rows", 1_000) {
        @Override
        Object run(Contender contender, Workload workload) {
            long first = workload.nextRange(Workload.PAGE);
            return contender.emailsInRange(first, first + Workload.PAGE - 1);
        }
    },
    /** 1,000 objects loaded, 100 of them changed, the changes written, in one transaction. */
    LOAD_CHANGE_FLUSH("s8LoadChangeFlush", "8. Load 1,000, change 100, flush", Workload.CHANGED) {
        @Override
        Object run(Contender contender, Workload workload) {
            long first = workload.nextRange(Workload.PAGE);
            return contender.loadChangeFlush(first, first + Workload.PAGE - 1, workload.nextBios());
        }
    };

    private final String method;
    private final String title;
    private final int expectedSize;

    Scenario(String method, String title, int expectedSize) {
        this.method = method;
        this.title = title;
        this.expectedSize = expectedSize;
    }

    /** Runs the scenario once. */
    abstract Object run(Contender contender, Workload workload);

    /** Fails unless {@code result} is what the scenario asks for. */
    void check(Object result) {
        int size = result instanceof List<?> list ? list.size() : result instanceof Integer count ? count : -1;
        if (size != expectedSize) {
            throw new IllegalStateException(title + ": expected " + expectedSize + " rows, got " + size);
        }
    }

    /** The number of rows the scenario reads or writes. */
    int expectedSize() {
        return expectedSize;
    }

    /** The name of the {@link ScenarioBenchmarks} method. */
    public String method() {
        return method;
    }

    /** The row title in the report. */
    public String title() {
        return title;
    }

    /** The scenario measured by the given JMH method. */
    public static Scenario ofMethod(String method) {
        for (Scenario scenario : values()) {
            if (scenario.method.equals(method)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("No scenario for benchmark method " + method);
    }
}
