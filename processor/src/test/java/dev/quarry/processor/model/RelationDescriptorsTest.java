package dev.quarry.processor.model;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.ClassName;
import dev.quarry.processor.Compilers;
import dev.quarry.processor.LiveJavac;
import dev.quarry.processor.model.RelationDescriptor.Holder;
import dev.quarry.processor.model.RelationDescriptor.Kind;
import dev.quarry.processor.util.MemberAccess;
import dev.quarry.processor.validation.ValidationReport;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@link RelationDescriptors} on the real elements of the {@code relations} input. */
class RelationDescriptorsTest {

    @Test
    void recordWithAManyToOneAndAGeneratedJoinTable() {
        LiveJavac.run(Compilers.input("relations"), env -> {
            List<RelationDescriptor> post = create(env, "com.example.blog.Post");

            assertThat(post).hasSize(2);
            RelationDescriptor author = post.get(0);
            assertThat(author.kind()).isEqualTo(Kind.MANY_TO_ONE);
            assertThat(author.holder()).isEqualTo(Holder.REF);
            assertThat(author.target()).isEqualTo(ClassName.get("com.example.blog", "User"));
            assertThat(author.targetTable()).isEqualTo("users");
            assertThat(author.targetMetamodel()).isEqualTo(ClassName.get("com.example.blog", "User_"));
            assertThat(author.targetConstant()).isEqualTo("USER");
            assertThat(author.sourceColumn()).isEqualTo("author_id");
            assertThat(author.targetColumn()).isEqualTo("id");
            assertThat(author.foreignKeyInSource()).isTrue();
            assertThat(author.optional()).isFalse();
            assertThat(author.sourceValue()).isEqualTo(Access.method("authorId"));
            assertThat(author.reader()).isEqualTo(Access.method("author"));
            assertThat(author.writer()).isNull();
            assertThat(author.position()).isEqualTo(3);

            RelationDescriptor tags = post.get(1);
            assertThat(tags.kind()).isEqualTo(Kind.MANY_TO_MANY);
            assertThat(tags.holder()).isEqualTo(Holder.SET);
            assertThat(tags.inverse()).isFalse();
            assertThat(List.of(tags.joinTable(), tags.joinSourceColumn(), tags.joinTargetColumn()))
                    .containsExactly("post_tags", "post_id", "tag_name").inOrder();
            assertThat(tags.generatedJoinTable()).isEqualTo(new JoinTableDescriptor("post_tags",
                    "POST_TAGS_JOIN_TABLE",
                    new JoinTableDescriptor.Column("post_id", ValueKind.LONG, 0, 0, 0, "post", "id"),
                    new JoinTableDescriptor.Column("tag_name", ValueKind.STRING, 40, 0, 0, "tag", "name")));
            assertThat(tags.position()).isEqualTo(4);
        });
    }

    @Test
    void inverseSidesTakeTheOwningSidesColumns() {
        LiveJavac.run(Compilers.input("relations"), env -> {
            List<RelationDescriptor> user = create(env, "com.example.blog.User");
            RelationDescriptor posts = user.get(0);
            assertThat(posts.kind()).isEqualTo(Kind.ONE_TO_MANY);
            assertThat(List.of(posts.sourceColumn(), posts.targetColumn(), posts.mappedBy()))
                    .containsExactly("id", "author_id", "author").inOrder();
            assertThat(posts.sourceValue()).isEqualTo(Access.field("id"));
            assertThat(posts.writer()).isEqualTo(Access.field("posts"));
            assertThat(posts.cascades()).containsExactly("DELETE", "DELETE_ORPHAN").inOrder();
            RelationDescriptor profile = user.get(1);
            assertThat(profile.kind()).isEqualTo(Kind.ONE_TO_ONE);
            assertThat(profile.inverse()).isTrue();
            assertThat(profile.optional()).isTrue();
            assertThat(profile.targetColumn()).isEqualTo("user_id");
            assertThat(profile.cascades()).containsExactly("DELETE");

            RelationDescriptor tagPosts = create(env, "com.example.blog.Tag").get(0);
            assertThat(List.of(tagPosts.joinTable(), tagPosts.joinSourceColumn(), tagPosts.joinTargetColumn(),
                    tagPosts.sourceColumn(), tagPosts.targetColumn()))
                    .containsExactly("post_tags", "tag_name", "post_id", "name", "id").inOrder();
            assertThat(tagPosts.generatedJoinTable()).isNull();
            assertThat(tagPosts.reader()).isEqualTo(Access.method("getPosts"));
            assertThat(tagPosts.writer()).isEqualTo(Access.method("setPosts"));
        });
    }

    @Test
    void joinEntityAndInferredForeignKey() {
        LiveJavac.run(Compilers.input("relations"), env -> {
            RelationDescriptor courses = create(env, "com.example.school.Student").get(0);
            assertThat(List.of(courses.joinTable(), courses.joinSourceColumn(), courses.joinTargetColumn()))
                    .containsExactly("enrollment", "student_id", "course_id").inOrder();
            assertThat(courses.generatedJoinTable()).isNull();
            assertThat(courses.holder()).isEqualTo(Holder.LIST);

            RelationDescriptor teacher = create(env, "com.example.school.Course").get(0);
            assertThat(teacher.sourceColumn()).isEqualTo("teacher_id");
            assertThat(teacher.optional()).isTrue();
            assertThat(teacher.targetTable()).isEqualTo("users");
        });
    }

    @Test
    void cascadesAreDeduplicatedInTheEnumsOrder() {
        JavaFileObject post = JavaFileObjects.forSourceLines("com.example.Post",
                "package com.example;",
                "import dev.quarry.annotation.*;",
                "import dev.quarry.relation.Ref;",
                "@Entity public record Post(@Id long id, @ForeignKey(User.class) long authorId,",
                "        @ManyToOne Ref<User> author) {}");
        JavaFileObject user = JavaFileObjects.forSourceLines("com.example.User",
                "package com.example;",
                "import dev.quarry.annotation.*;",
                "import java.util.List;",
                "@Entity public class User {",
                "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\",",
                "            cascade = {Cascade.DELETE_ORPHAN, Cascade.DELETE, Cascade.DELETE_ORPHAN}) List<Post> posts;",
                "    @OneToMany(mappedBy = \"author\") List<Post> drafts;",
                "}");
        LiveJavac.run(List.of(post, user), env -> {
            List<RelationDescriptor> relations = create(env, "com.example.User");

            assertThat(relations.get(0).cascades()).containsExactly("DELETE", "DELETE_ORPHAN").inOrder();
            assertThat(relations.get(1).cascades()).isEmpty();
            assertThat(create(env, "com.example.Post").get(0).cascades()).isEmpty();
        });
    }

    private static List<RelationDescriptor> create(LiveJavac.Env env, String entity) {
        ValidationReport.Builder report = ValidationReport.builder();
        List<RelationDescriptor> relations = new RelationDescriptors(new MemberAccess(
                env.processing().getElementUtils(), env.processing().getTypeUtils())).create(env.type(entity), report);
        assertThat(report.build().items()).isEmpty();
        return relations;
    }
}
