package com.example.repositories;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.Post;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.repository.Page;
import dev.quarry.repository.PageRequest;
import java.util.List;
import java.util.Optional;
// end::imports[]

/** Load options on repository methods. */
public final class LoadingWith {
    private LoadingWith() {
    }

    // tag::parameters[]
    public static List<Post> withAuthorsAndTags(Database db) {
        PostRepository posts = new PostRepository_Impl(db);
        return posts.findByTitleStartingWithOrderByTitleAsc("C",
                joined(POST.author).thenSelectIn(USER.posts));                // 2 statements
    }

    public static Page<Post> pageWithTags(Database db) {
        PostRepository posts = new PostRepository_Impl(db);
        return posts.findByLikesGreaterThanEqualOrderByTitleAsc(0, PageRequest.of(1, 2),
                selectIn(POST.tags).then(TAG.posts));                         // 4: count, page, tags, their posts
    }

    public static Optional<Post> oneWithTwoOptions(Database db) {
        PostRepository posts = new PostRepository_Impl(db);
        return posts.findByTitle("Compilers", joined(POST.author), selectIn(POST.tags));   // 2 statements
    }
    // end::parameters[]

    // tag::inherited[]
    public static List<User> inherited(Database db) {
        UserRepository users = new UserRepository_Impl(db);
        Optional<User> ada = users.findById(1L, selectIn(USER.posts).then(POST.tags));       // 3 statements
        List<User> all = users.findAll(selectIn(USER.posts));                                // 2 statements
        return List.of(ada.orElseThrow(), all.get(0));
    }
    // end::inherited[]

    // tag::load-with[]
    public static List<Post> annotated(Database db, long authorId) {
        PostRepository posts = new PostRepository_Impl(db);
        return posts.findByAuthorIdOrderByTitleAsc(authorId);            // @LoadWith: author joined, tags select-in
    }

    public static List<Post> annotatedAndMore(Database db) {
        PostRepository posts = new PostRepository_Impl(db);
        return posts.findByContentContainingOrderByTitleAsc("by Grace", selectIn(POST.tags));   // the annotation's, then this
    }
    // end::load-with[]
}
