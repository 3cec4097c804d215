package com.example.queries;

// tag::imports[]
import static com.example.blog.Post_.POST;

import com.example.blog.Post;
import dev.quarry.Database;
import java.util.stream.Stream;
// end::imports[]

/** Reading a large result a part at a time. */
public final class Streams {
    private Streams() {
    }

    // tag::stream[]
    public static long totalTitleLength(Database db) {
        try (Stream<Post> posts = db.select(POST).orderBy(POST.id.asc()).stream()) {
            return posts.mapToLong(post -> post.title().length()).sum();
        }                                          // closing it releases the connection
    }
    // end::stream[]
}
