package dev.quarry.session;

/**
 * How a {@link Session} behaves: {@code SessionOptions.DEFAULT.withAutoflush(false)}.
 *
 * @param autoflush       whether the session flushes its pending changes before each query it
 *                        runs ({@link Session#select}, and {@link Session#get} when the object is
 *                        not in the identity map), so that queries see them; on by default
 * @param expireOnCommit  whether a commit lets go of every object: the identity map is emptied
 *                        and the objects become {@linkplain ObjectState#DETACHED detached}, so
 *                        that a later {@link Session#get} reads the row again. Quarry cannot
 *                        intercept field reads, so unlike SQLAlchemy it cannot reload an expired
 *                        object lazily; off by default, when committed objects stay
 *                        {@linkplain ObjectState#PERSISTENT persistent} and tracked
 */
public record SessionOptions(boolean autoflush, boolean expireOnCommit) {
    /** Autoflush on, expire on commit off. */
    public static final SessionOptions DEFAULT = new SessionOptions(true, false);

    /**
     * These options with autoflush on or off.
     *
     * @param autoflush whether to flush before queries
     * @return the changed options
     */
    public SessionOptions withAutoflush(boolean autoflush) {
        return new SessionOptions(autoflush, expireOnCommit);
    }

    /**
     * These options with expire-on-commit on or off.
     *
     * @param expireOnCommit whether a commit detaches every object
     * @return the changed options
     */
    public SessionOptions withExpireOnCommit(boolean expireOnCommit) {
        return new SessionOptions(autoflush, expireOnCommit);
    }
}
