package dev.quarry.bench.model;

/** A user loaded with its posts, in whatever shape a contender builds it. */
public interface UserGraph {
    /** The number of posts loaded with the user. */
    int postCount();
}
