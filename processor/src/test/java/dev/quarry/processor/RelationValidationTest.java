package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per relationship error in {@link ErrorMessages}, each pinned to the file and line it is reported on. */
class RelationValidationTest {
    private static final JavaFileObject USER = source("User",
            "@Entity", "public class User {", "    @Id long id;", "}");

    @Test
    void severalRelationshipAnnotations() {
        JavaFileObject post = source("Post",
                "@Entity", "public class Post {", "    @Id long id;", "    @ForeignKey(User.class) long userId;",
                "    @ManyToOne @OneToOne Ref<User> user;", "}");

        assertThat(Compilers.compile(USER, post))
                .hadErrorContaining(ErrorMessages.relationshipAnnotations("user", "@ManyToOne and @OneToOne"))
                .inFile(post).onLineContaining("Ref<User> user");
    }

    @Test
    void relationshipWithAColumnAnnotation() {
        JavaFileObject post = source("Post",
                "@Entity", "public class Post {", "    @Id long id;", "    @ForeignKey(User.class) long userId;",
                "    @ManyToOne @Column(name = \"user\") Ref<User> user;",
                "    @ManyToOne @ForeignKey(User.class) Ref<User> editor;",
                "    @ManyToOne @Transient Ref<User> reviewer;", "}");
        Compilation compilation = Compilers.compile(USER, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipWithColumnAnnotation("@ManyToOne", "user", "@Column"))
                .inFile(post).onLineContaining("Ref<User> user");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipWithColumnAnnotation("@ManyToOne", "editor", "@ForeignKey"))
                .inFile(post).onLineContaining("Ref<User> editor");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipWithColumnAnnotation("@ManyToOne", "reviewer", "@Transient"))
                .inFile(post).onLineContaining("Ref<User> reviewer");
    }

    @Test
    void toOneNotDeclaredAsRef() {
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        @ForeignKey(User.class) long authorId,",
                "        @ManyToOne User author,", "        @OneToOne(joinColumn = \"authorId\") Optional<User> owner) {",
                "}");
        Compilation compilation = Compilers.compile(USER, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.toOneNotRef("@ManyToOne", "author", "User", "User"))
                .inFile(post).onLineContaining("User author");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.toOneNotRef("@OneToOne", "owner", "Optional<User>", "User"))
                .inFile(post).onLineContaining("Optional<User> owner");
    }

    @Test
    void toManyNotDeclaredAsListOrSet() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\") Collection<Post> posts;",
                "    @OneToMany(mappedBy = \"author\") ArrayList<Post> drafts;", "}");
        Compilation compilation = Compilers.compile(user, post());

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.toManyNotListOrSet("@OneToMany", "posts", "Collection<Post>", "Post"))
                .inFile(user).onLineContaining("Collection<Post> posts");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.toManyNotListOrSet("@OneToMany", "drafts", "ArrayList<Post>", "Post"))
                .inFile(user).onLineContaining("ArrayList<Post> drafts");
    }

    @Test
    void targetOrJoinEntityNotAnEntity() {
        JavaFileObject tag = source("Tag", "@Entity", "public class Tag {", "    @Id long id;", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public class Post {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"post\") List<String> names;",
                "    @ManyToMany(joinEntity = String.class) Set<Tag> tags;", "}");
        Compilation compilation = Compilers.compile(tag, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipNotEntity("@OneToMany", "names", "target", "String"))
                .inFile(post).onLineContaining("List<String> names");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipNotEntity("@ManyToMany", "tags", "joinEntity", "String"))
                .inFile(post).onLineContaining("Set<Tag> tags");
    }

    @Test
    void relationshipOnOrToACompositeKeyEntity() {
        JavaFileObject line = source("Line",
                "@Entity", "public record Line(", "        @Id long orderId,", "        @Id int no,",
                "        @ForeignKey(User.class) long userId,", "        @ManyToOne Ref<User> user) {", "}");
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"user\") List<Line> lines;", "}");
        Compilation compilation = Compilers.compile(user, line);

        assertThat(compilation).hadErrorContaining(ErrorMessages.relationshipKey("@ManyToOne", "user", "Line", 2))
                .inFile(line).onLineContaining("Ref<User> user");
        assertThat(compilation).hadErrorContaining(ErrorMessages.relationshipKey("@OneToMany", "lines", "Line", 2))
                .inFile(user).onLineContaining("List<Line> lines");
    }

    @Test
    void membersThatExcludeEachOther() {
        JavaFileObject tag = source("Tag",
                "@Entity", "public class Tag {", "    @Id long id;",
                "    @ManyToMany(mappedBy = \"tags\", joinTable = \"tag_posts\") List<Post> posts;", "}");
        JavaFileObject link = source("PostTag",
                "@Entity", "public record PostTag(@Id long id, @ForeignKey(Post.class) long postId,",
                "        @ForeignKey(Tag.class) long tagId) {", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public class Post {", "    @Id long id;", "    @ForeignKey(User.class) long authorId;",
                "    @OneToOne(joinColumn = \"authorId\", mappedBy = \"post\") Ref<User> author;",
                "    @ManyToMany(joinTable = \"post_tags\", joinEntity = PostTag.class) Set<Tag> tags;", "}");
        Compilation compilation = Compilers.compile(USER, tag, link, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.conflictingMembers("@OneToOne", "author", "joinColumn", "mappedBy"))
                .inFile(post).onLineContaining("Ref<User> author");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.conflictingMembers("@ManyToMany", "tags", "joinTable", "joinEntity"))
                .inFile(post).onLineContaining("Set<Tag> tags");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.conflictingMembers("@ManyToMany", "posts", "mappedBy", "joinTable"))
                .inFile(tag).onLineContaining("List<Post> posts");
    }

    @Test
    void mappedByNamingNoProperty() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"writer\") List<Post> posts;", "}");

        assertThat(Compilers.compile(user, post()))
                .hadErrorContaining(ErrorMessages.mappedByUnknown("@OneToMany", "posts", "writer", "Post",
                        List.of("author")))
                .inFile(user).onLineContaining("List<Post> posts");
    }

    @Test
    void mappedByNamingAPropertyThatIsNotTheOwningSide() {
        JavaFileObject group = source("Group", "@Entity", "public record Group(@Id long id) {", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        String title,",
                "        @ForeignKey(Group.class) long groupId,", "        @ManyToOne Ref<Group> group) {", "}");
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"title\") List<Post> titled;",
                "    @OneToMany(mappedBy = \"group\") List<Post> grouped;", "}");
        Compilation compilation = Compilers.compile(group, post, user);
        String expected = "the @ManyToOne (or owning @OneToOne) Ref<User> property of Post that references User";

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.mappedByMismatch("@OneToMany", "titled", "title", "Post", "a column",
                        expected))
                .inFile(user).onLineContaining("List<Post> titled");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.mappedByMismatch("@OneToMany", "grouped", "group", "Post",
                        "a @ManyToOne Ref<Group>", expected))
                .inFile(user).onLineContaining("List<Post> grouped");
    }

    @Test
    void mappedByNamingAnOwningSideWithoutForeignKey() {
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(@Id long id, @ManyToOne Ref<User> author) {", "}");
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\") List<Post> posts;", "}");
        Compilation compilation = Compilers.compile(post, user);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.mappedByOwnerInvalid("@OneToMany", "posts", "author", "Post"))
                .inFile(user).onLineContaining("List<Post> posts");
    }

    @Test
    void joinColumnNamingNoProperty() {
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        @ForeignKey(User.class) long authorId,",
                "        @ManyToOne(joinColumn = \"authorKey\") Ref<User> author) {", "}");

        assertThat(Compilers.compile(USER, post))
                .hadErrorContaining(ErrorMessages.joinColumnUnknown("@ManyToOne", "author", "joinColumn", "authorKey",
                        "Post", "User", List.of("authorId")))
                .inFile(post).onLineContaining("joinColumn = \"authorKey\"");
    }

    @Test
    void joinColumnNamingAPropertyThatIsNotAForeignKeyToTheTarget() {
        JavaFileObject group = source("Group", "@Entity", "public record Group(@Id long id) {", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        long authorId,",
                "        @ForeignKey(Group.class) long groupId,",
                "        @ManyToOne(joinColumn = \"authorId\") Ref<User> author,",
                "        @OneToOne(joinColumn = \"groupId\") Ref<User> owner) {", "}");
        Compilation compilation = Compilers.compile(USER, group, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.joinColumnNotForeignKey("@ManyToOne", "author", "joinColumn",
                        "authorId", "Post", "User", "has no @ForeignKey"))
                .inFile(post).onLineContaining("joinColumn = \"authorId\"");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.joinColumnNotForeignKey("@OneToOne", "owner", "joinColumn",
                        "groupId", "Post", "User", "is a @ForeignKey to Group"))
                .inFile(post).onLineContaining("joinColumn = \"groupId\"");
    }

    @Test
    void noForeignKeyToInfer() {
        JavaFileObject tag = source("Tag", "@Entity", "public record Tag(@Id String name) {", "}");
        JavaFileObject link = source("PostTag",
                "@Entity", "public record PostTag(@Id long id, @ForeignKey(Tag.class) String tagName) {", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        @ManyToOne Ref<User> author,",
                "        @ManyToMany(joinEntity = PostTag.class) Set<Tag> tags) {", "}");
        Compilation compilation = Compilers.compile(USER, tag, link, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.noForeignKey("@ManyToOne", "author", "Post", "User",
                        "@ForeignKey(User.class) long authorId"))
                .inFile(post).onLineContaining("Ref<User> author");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.noForeignKey("@ManyToMany", "tags", "PostTag", "Post",
                        "@ForeignKey(Post.class) long postId"))
                .inFile(post).onLineContaining("Set<Tag> tags");
    }

    @Test
    void severalForeignKeysToInferFrom() {
        JavaFileObject post = source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        @ForeignKey(User.class) long authorId,",
                "        @ForeignKey(User.class) long editorId,", "        @ManyToOne Ref<User> author) {", "}");
        JavaFileObject friendship = source("Friendship",
                "@Entity", "public record Friendship(@Id long id, @ForeignKey(Person.class) long personId,",
                "        @ForeignKey(Person.class) long friendId) {", "}");
        JavaFileObject person = source("Person",
                "@Entity", "public class Person {", "    @Id long id;",
                "    @ManyToMany(joinEntity = Friendship.class) List<Person> friends;", "}");
        Compilation compilation = Compilers.compile(USER, post, friendship, person);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.ambiguousForeignKey("@ManyToOne", "author", "Post", "User",
                        List.of("authorId", "editorId"), "joinColumn"))
                .inFile(post).onLineContaining("Ref<User> author");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.ambiguousForeignKey("@ManyToMany", "friends", "Friendship", "Person",
                        List.of("personId", "friendId"), "joinColumn"))
                .inFile(person).onLineContaining("List<Person> friends");
    }

    @Test
    void joinTableColumnsThatAreTheSame() {
        JavaFileObject person = source("Person",
                "@Entity", "public class Person {", "    @Id long id;",
                "    @ManyToMany List<Person> friends;",
                "    @ManyToMany(joinTable = \"blocks\", joinColumn = \"a\", inverseJoinColumn = \"A\") List<Person> blocked;",
                "}");
        Compilation compilation = Compilers.compile(person);

        assertThat(compilation).hadErrorContaining(ErrorMessages.joinColumnsEqual("friends", "person_id"))
                .inFile(person).onLineContaining("List<Person> friends");
        assertThat(compilation).hadErrorContaining(ErrorMessages.joinColumnsEqual("blocked", "A"))
                .inFile(person).onLineContaining("inverseJoinColumn = \"A\"");
    }

    @Test
    void relationshipTheMetamodelCannotRead() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\") private List<Post> posts;",
                "    void setPosts(List<Post> posts) { this.posts = posts; }", "}");

        assertThat(Compilers.compile(user, post()))
                .hadErrorContaining(ErrorMessages.relationshipNotReadable("posts", "getPosts", "List<Post>"))
                .inFile(user).onLineContaining("private List<Post> posts");
    }

    @Test
    void relationshipTheMapperCannotAssign() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\") final List<Post> posts = new ArrayList<>();", "}");

        assertThat(Compilers.compile(user, post()))
                .hadErrorContaining(ErrorMessages.relationshipNotWritable("posts", "final", "setPosts", "List<Post>"))
                .inFile(user).onLineContaining("final List<Post> posts");
    }

    @Test
    void joinTableNameAlreadyTaken() {
        JavaFileObject tag = source("Tag", "@Entity", "public class Tag {", "    @Id long id;", "}");
        JavaFileObject post = source("Post",
                "@Entity", "public class Post {", "    @Id long id;",
                "    @ManyToMany(joinTable = \"POST\") Set<Tag> tags;",
                "    @ManyToMany(joinTable = \"post_tags\") Set<Tag> labels;",
                "    @ManyToMany(joinTable = \"post_tags\") Set<Tag> topics;", "}");
        Compilation compilation = Compilers.compile(tag, post);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.joinTableTaken("tags", "POST", "the table of Post"))
                .inFile(post).onLineContaining("Set<Tag> tags");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.joinTableTaken("topics", "post_tags", "the join table of Post.labels"))
                .inFile(post).onLineContaining("Set<Tag> topics");
    }

    @Test
    void entityTypedPropertyWithoutRelationshipAnnotation() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;", "    List<Post> posts;", "}");
        JavaFileObject note = source("Note",
                "@Entity", "public record Note(@Id long id, User author, Ref<User> editor) {", "}");
        Compilation compilation = Compilers.compile(user, post(), note);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipNotAnnotated("posts", "List<Post>",
                        "@OneToMany(mappedBy = \"...\") List<Post> posts (or @ManyToMany)"))
                .inFile(user).onLineContaining("List<Post> posts");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipNotAnnotated("author", "User",
                        "@ManyToOne Ref<User> author (or @OneToOne)"))
                .inFile(note).onLineContaining("User author");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.relationshipNotAnnotated("editor", "Ref<User>",
                        "@ManyToOne Ref<User> editor (or @OneToOne)"))
                .inFile(note).onLineContaining("Ref<User> editor");
    }

    @Test
    void cascadeOnTheOwningSideOfAOneToOne() {
        JavaFileObject profile = source("Profile",
                "@Entity", "public record Profile(", "        @Id long id,",
                "        @ForeignKey(User.class) @Column(unique = true) long userId,",
                "        @OneToOne(joinColumn = \"userId\",",
                "                cascade = {Cascade.DELETE_ORPHAN, Cascade.DELETE, Cascade.DELETE_ORPHAN}) Ref<User> user) {",
                "}");
        Compilation compilation = Compilers.compile(USER, profile);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.cascadeOnOwningOneToOne("user", "Profile", "User",
                        List.of("DELETE", "DELETE_ORPHAN")))
                .inFile(profile).onLineContaining("cascade = {");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void oneToOneOverAForeignKeyThatIsNotUnique() {
        JavaFileObject profile = source("Profile",
                "@Entity", "public record Profile(", "        @Id long id,", "        @ForeignKey(User.class) long userId,",
                "        @OneToOne(joinColumn = \"userId\") Ref<User> user) {", "}");
        JavaFileObject badge = source("Badge",
                "@Entity", "@Index(columns = {\"userId\", \"kind\"}, unique = true)", "public record Badge(",
                "        @Id long id,", "        String kind,", "        @ForeignKey(User.class) long userId,",
                "        @OneToOne Ref<User> owner) {", "}");
        // unique alone in a unique @Index, or as the (shared) primary key: both accepted
        JavaFileObject avatar = source("Avatar",
                "@Entity", "@Index(columns = \"userId\", unique = true)",
                "public record Avatar(@Id long id, @ForeignKey(User.class) long userId, @OneToOne Ref<User> user) {",
                "}");
        JavaFileObject settings = source("Settings",
                "@Entity", "public record Settings(@Id @ForeignKey(User.class) long userId, @OneToOne Ref<User> user) {",
                "}");
        Compilation compilation = Compilers.compile(USER, profile, badge, avatar, settings);

        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.oneToOneForeignKeyNotUnique("user", "Profile", "userId", "User"))
                .inFile(profile).onLineContaining("joinColumn = \"userId\"");
        assertThat(compilation)
                .hadErrorContaining(ErrorMessages.oneToOneForeignKeyNotUnique("owner", "Badge", "userId", "User"))
                .inFile(badge).onLineContaining("Ref<User> owner");
        assertThat(compilation).hadErrorCount(2);
    }

    /** A {@code Post} with a foreign key and a {@code @ManyToOne} to {@code User}. */
    private static JavaFileObject post() {
        return source("Post",
                "@Entity", "public record Post(", "        @Id long id,", "        String title,",
                "        @ForeignKey(User.class) long authorId,", "        @ManyToOne Ref<User> author) {", "}");
    }

    /** A source in package {@code com.example} importing Quarry's annotations, {@code Ref} and {@code java.util}. */
    static JavaFileObject source(String simpleName, String... body) {
        List<String> lines = new ArrayList<>(List.of(
                "package com.example;",
                "",
                "import dev.quarry.annotation.*;",
                "import dev.quarry.relation.Ref;",
                "import java.util.*;",
                ""));
        lines.addAll(List.of(body));
        return JavaFileObjects.forSourceLines("com.example." + simpleName, lines);
    }
}
