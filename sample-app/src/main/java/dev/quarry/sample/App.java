package dev.quarry.sample;

import dev.quarry.Database;
import dev.quarry.migration.MigrationInfo;
import dev.quarry.migration.Migrations;
import dev.quarry.sample.config.AppConfig;
import dev.quarry.sample.domain.Post;
import dev.quarry.sample.domain.Tag;
import dev.quarry.sample.domain.User;
import dev.quarry.sample.repository.PostRepository_Impl;
import dev.quarry.sample.repository.TagRepository_Impl;
import dev.quarry.sample.repository.UserRepository_Impl;
import dev.quarry.sample.service.BlogService;
import java.io.PrintStream;
import java.util.List;

/**
 * The sample blog: wires config → database → repositories → service by hand, brings the schema
 * up to date with its migrations ({@code src/main/resources/db/migration/<dialect>}), empties
 * the tables, stores a few authors and posts, and prints what typed queries return.
 */
public final class App {
    private final BlogService blog;
    private final PrintStream out;

    App(BlogService blog, PrintStream out) {
        this.blog = blog;
        this.out = out;
    }

    public static void main(String[] args) {
        start(AppConfig.from(System.getenv()), System.out);
    }

    /** Migrates the database {@code config} names, empties its tables and runs the demo, printing to {@code out}. */
    static void start(AppConfig config, PrintStream out) {
        try (Database db = config.openDatabase()) {
            out.println("Quarry sample blog on " + db.dialectName() + " (" + config.databaseUrl() + ")");
            Migrations migrations = db.migrations();            // scripts from the class path
            List<MigrationInfo> applied = migrations.upgrade();
            String version = migrations.current().map(MigrationInfo::version).orElse("none");
            out.println("Schema at version " + version + " (" + applied.size() + " migration"
                    + (applied.size() == 1 ? "" : "s") + " applied now)");
            BlogService blog = new BlogService(db, new UserRepository_Impl(db), new PostRepository_Impl(db),
                    new TagRepository_Impl(db));
            blog.clear();                                       // the demo starts from empty tables on every run
            new App(blog, out).run();
        }
    }

    /** Runs the demo against empty tables. */
    void run() {
        BlogService.Registration ada = blog.register(
                new User("Ada Lovelace", "ada@example.com", "Wrote the first program."),
                List.of("Notes on the Analytical Engine", "Bernoulli numbers", "Poetical science"));
        BlogService.Registration alan = blog.register(
                new User("Alan Turing", "alan@example.com", null),
                List.of("Computable numbers", "The imitation game"));
        BlogService.Registration grace = blog.register(
                new User("Grace Hopper", "grace@example.com", "Found the first bug."),
                List.of("Compilers", "Nanoseconds"));
        out.println("Registered " + blog.countUsers() + " authors:");
        for (BlogService.Registration r : List.of(ada, alan, grace)) {
            out.printf("  #%d %s <%s>, %d posts, joined %s%n", r.author().getId(), r.author().getName(),
                    r.author().getEmail(), r.posts().size(), r.author().getCreatedAt());
        }

        try {
            blog.register(new User("Impostor", "ada@example.com", null), List.of("Should not be stored"));
        } catch (IllegalArgumentException e) {
            out.println("Rejected a duplicate, nothing stored: " + e.getMessage());
        }

        blog.like(ada.posts().get(1), 5);
        blog.like(alan.posts().get(0), 3);
        blog.like(grace.posts().get(0), 4);

        out.println("Posts with at least 3 likes:");
        for (Post post : blog.popularPosts(3, 10)) {
            out.printf("  %-32s %d likes (author #%d)%n", post.title(), post.likes(), post.authorId());
        }

        out.println("Authors whose name contains 'a':");
        for (User user : blog.findAuthors("a")) {
            out.println("  " + user.getName() + (user.getBio() == null ? "" : " — " + user.getBio()));
        }

        int removed = blog.removePosts(ada.author(), "%numbers%");
        out.println("Removed " + removed + " of Ada's posts about numbers; she now has:");
        for (Post post : blog.postsOf(ada.author())) {
            out.println("  " + post.title());
        }

        blog.tag(ada.posts().get(0), List.of("engines", "history"));
        blog.tag(ada.posts().get(2), List.of("poetry", "history"));
        blog.tag(alan.posts().get(0), List.of("math", "computing"));
        blog.tag(alan.posts().get(1), List.of("computing"));
        blog.tag(grace.posts().get(0), List.of("computing", "history"));
        BlogService.AuthorsWithPosts tree = blog.authorsWithPostsAndTags();
        out.println("Authors, their posts and tags, loaded in " + tree.statements() + " statements:");
        for (User author : tree.authors()) {
            out.println("  " + author.getName());
            for (Post post : author.getPosts()) {
                List<String> names = post.tags().stream().map(Tag::getName).sorted().toList();
                out.printf("    %-32s %d likes %s%n", post.title(), post.likes(), names);
            }
        }
    }
}
