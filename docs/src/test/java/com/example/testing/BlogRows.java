package com.example.testing;

// tag::imports[]
import static com.example.blog.Post_.POST;
import static com.example.blog.Tag_.TAG;
import static com.example.blog.User_.USER;

import com.example.blog.Post;
import com.example.blog.Tag;
import com.example.blog.User;
import dev.quarry.Database;
// end::imports[]

// tag::rows[]
/** The rows the tests start from: every test begins with empty tables. */
final class BlogRows {
    private BlogRows() {
    }

    /** Ada, Alan and Grace, two posts each, every post with the tag "history". */
    static void insert(Database db) {
        Tag history = db.insert(TAG, new Tag("history"));
        for (String name : new String[] {"Ada", "Alan", "Grace"}) {
            User user = db.insert(USER, new User(name, name.toLowerCase() + "@example.com", 40));
            for (int i = 1; i <= 2; i++) {
                Post post = db.insert(POST, new Post(name + "'s post " + i, "...", user.id()));
                db.link(POST.tags, post, history);
            }
        }
    }
}
// end::rows[]
