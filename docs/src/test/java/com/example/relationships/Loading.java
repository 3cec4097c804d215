package com.example.relationships;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;
import static dev.quarry.query.Load.joined;
import static dev.quarry.query.Load.selectIn;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
import dev.quarry.query.Load;
import java.util.List;
// end::imports[]

/** Loading relationships with load options, at a fixed number of statements. */
public final class Loading {
    private Loading() {
    }

    // tag::select-in[]
    public static List<User> usersWithPostsAndTags(Database db) {
        return db.select(USER)
                .orderBy(USER.name.asc())
                .load(selectIn(USER.posts)                     // statement 2: the posts of all these users
                        .orderBy(POST.likes.desc(), POST.title.asc())
                        .then(POST.tags))                      // statement 3: the tags of all those posts
                .fetch();
    }
    // end::select-in[]

    // tag::reading[]
    public static String describe(List<User> users) {
        StringBuilder text = new StringBuilder();
        for (User user : users) {
            text.append(user.name()).append('\n');
            for (Post post : user.posts()) {                   // loaded: no statement runs here
                User author = post.author().get();             // set by the load: the same instance as user
                List<String> tags = post.tags().stream().map(Tag::name).sorted().toList();
                text.append("  ").append(post.title()).append(' ').append(tags)
                        .append(author == user ? "" : " (another author?)").append('\n');
            }
        }
        return text.toString();
    }
    // end::reading[]

    // tag::joined[]
    public static List<Post> postsWithAuthors(Database db) {
        return db.select(POST)
                .orderBy(POST.title.asc())
                .load(joined(POST.author))                     // LEFT JOIN users: 1 statement in all
                .fetch();
    }
    // end::joined[]

    // tag::where[]
    public static List<User> usersWithLikedPosts(Database db) {
        return db.select(USER)
                .orderBy(USER.name.asc())
                .load(selectIn(USER.posts).where(POST.likes.gt(0)).orderBy(POST.title.asc()))
                .fetch();                                      // every user; only their liked posts
    }
    // end::where[]

    // tag::nesting[]
    public static List<Tag> tagsWithPostsAndAuthors(Database db) {
        return db.select(TAG)
                .orderBy(TAG.name.asc())
                .load(selectIn(TAG.posts).thenJoined(POST.author))   // 2 statements: tags; posts JOIN users
                .fetch();
    }

    public static List<Post> postsWithAuthorsAndTags(Database db) {
        return db.select(POST)
                .orderBy(POST.title.asc())
                .load(joined(POST.author), selectIn(POST.tags))      // 2 statements: posts JOIN users; tags
                .fetch();
    }

    public static List<Tag> tagsWithPostsAuthorsAndTags(Database db) {
        Load<Tag, Post> posts = selectIn(TAG.posts).orderBy(POST.title.asc());   // built once
        return db.select(TAG)
                .orderBy(TAG.name.asc())
                .load(posts.thenJoined(POST.author), posts.then(POST.tags))    // TAG.posts loaded once:
                .fetch();                                                      // 3 statements
    }
    // end::nesting[]

    // tag::paging[]
    public static List<User> secondPage(Database db) {
        return db.select(USER)
                .orderBy(USER.name.asc())
                .limit(2)
                .offset(1)                                     // the users of the page...
                .load(selectIn(USER.posts))                    // ...then the posts of those users alone
                .fetch();
    }

    public static List<User> firstPageJoined(Database db) {
        return db.select(USER)
                .orderBy(USER.name.asc())
                .limit(2)                                      // 2 users, however many posts they have
                .load(joined(USER.posts))
                .fetch();
    }
    // end::paging[]
}
