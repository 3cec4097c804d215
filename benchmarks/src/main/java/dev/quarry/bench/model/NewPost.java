package dev.quarry.bench.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of a post to insert; every contender turns these into its own objects inside the
 * measured operation.
 *
 * @param authorId  the author's user id
 * @param title     the title
 * @param content   the text
 * @param published whether the post is published
 * @param createdAt the creation time
 */
public record NewPost(long authorId, String title, String content, boolean published, Instant createdAt) {
    private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

    /** {@code count} deterministic posts by the seeded users. */
    public static List<NewPost> generate(int count, int users) {
        List<NewPost> posts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            posts.add(new NewPost(i % users + 1, "Imported post " + i,
                    "Imported content of post " + i + ", written for the insert benchmarks.",
                    i % 2 == 0, BASE.plusSeconds(i)));
        }
        return List.copyOf(posts);
    }
}
