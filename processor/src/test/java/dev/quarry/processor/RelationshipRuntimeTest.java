package dev.quarry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.quarry.annotation.Cascade;
import dev.quarry.annotation.ReferentialAction;
import dev.quarry.exception.RelationNotLoadedException;
import dev.quarry.internal.relation.RelationImpl;
import dev.quarry.query.EntityTable;
import dev.quarry.query.Relation;
import dev.quarry.relation.Ref;
import dev.quarry.relation.Relations;
import dev.quarry.spi.EntityMapper;
import dev.quarry.spi.ForeignKeySchema;
import dev.quarry.spi.IndexSchema;
import dev.quarry.spi.RelationSchema;
import dev.quarry.spi.RowReader;
import dev.quarry.spi.TableSchema;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated metamodels and mappers of the {@code relations} input, loaded and run against
 * the runtime: the relationship schemas (with their cascades), targets and pairs they declare, the
 * join table, the unloaded holders the mappers put into the entities they read, and
 * {@code withColumn} on records and classes.
 */
class RelationshipRuntimeTest {
    private static ClassLoader classes;

    @BeforeAll
    static void compile() {
        Compilation compilation = Compilers.compileInput("relations");
        assertThat(compilation).succeededWithoutWarnings();
        classes = new GeneratedClasses(compilation);
    }

    @Test
    void metamodelsDeclareTheRelationshipSchemas() {
        assertThat(schemas("com.example.blog.User_", "USER")).containsExactly(
                RelationSchema.oneToMany("posts", "id", "author_id", "author")
                        .cascade(Cascade.DELETE, Cascade.DELETE_ORPHAN),
                RelationSchema.oneToOneMappedBy("profile", "id", "user_id", "user").cascade(Cascade.DELETE)).inOrder();
        assertThat(schemas("com.example.blog.Post_", "POST")).containsExactly(
                RelationSchema.manyToOne("author", "author_id", "id"),
                RelationSchema.manyToMany("tags", "id", "name", "post_tags", "post_id", "tag_name", null)).inOrder();
        assertThat(schemas("com.example.blog.Tag_", "TAG")).containsExactly(
                RelationSchema.manyToMany("posts", "name", "id", "post_tags", "tag_name", "post_id", "tags"));
        assertThat(schemas("com.example.blog.Profile_", "PROFILE")).containsExactly(
                RelationSchema.oneToOne("user", "user_id", "id"));
        assertThat(schemas("com.example.school.Student_", "STUDENT")).containsExactly(
                RelationSchema.manyToMany("courses", "id", "id", "enrollment", "student_id", "course_id", null));
        assertThat(schemas("com.example.school.Course_", "COURSE")).containsExactly(
                RelationSchema.manyToOne("teacher", "teacher_id", "id"),
                RelationSchema.manyToMany("students", "id", "id", "enrollment", "course_id", "student_id", "courses"))
                .inOrder();
    }

    @Test
    void cascadesReachTheRuntimeOnlyWhereDeclared() {
        List<RelationSchema> user = schemas("com.example.blog.User_", "USER");
        assertThat(user.get(0).cascades(Cascade.DELETE)).isTrue();
        assertThat(user.get(0).cascades(Cascade.DELETE_ORPHAN)).isTrue();
        assertThat(user.get(1).cascade()).containsExactly(Cascade.DELETE);
        assertThat(schemas("com.example.blog.Post_", "POST").stream().map(RelationSchema::cascade).toList())
                .containsExactly(Set.of(), Set.of());
        assertThat(schemas("com.example.blog.Profile_", "PROFILE").get(0).cascade()).isEmpty();
    }

    @Test
    void targetsAndInverseSidesResolve() {
        EntityTable<?, ?> post = table("com.example.blog.Post_", "POST");
        EntityTable<?, ?> user = table("com.example.blog.User_", "USER");
        EntityTable<?, ?> tag = table("com.example.blog.Tag_", "TAG");
        Relation<?, ?> author = post.relations().get(0);
        Relation<?, ?> tags = post.relations().get(1);

        assertThat(author.target()).isSameInstanceAs(user);
        assertThat(author.kind()).isEqualTo(Relation.Kind.MANY_TO_ONE);
        assertThat(RelationImpl.impl(author).inverse().map(Relation::name)).isEqualTo(Optional.of("posts"));
        assertThat(tags.target()).isSameInstanceAs(tag);
        assertThat(RelationImpl.impl(tags).inverse().map(Relation::name)).isEqualTo(Optional.of("posts"));
        assertThat(RelationImpl.impl(user.relations().get(1)).inverse().map(Relation::name))
                .isEqualTo(Optional.of("user"));
        EntityTable<?, ?> course = table("com.example.school.Course_", "COURSE");
        assertThat(course.relations().get(0).target()).isSameInstanceAs(user);
        assertThat(course.relations().get(1).target())
                .isSameInstanceAs(table("com.example.school.Student_", "STUDENT"));
    }

    @Test
    void theOwningSideCarriesTheGeneratedJoinTable() {
        List<TableSchema> joinTables = table("com.example.blog.Post_", "POST").joinTables();

        assertThat(joinTables).hasSize(1);
        TableSchema postTags = joinTables.get(0);
        assertThat(postTags.name()).isEqualTo("post_tags");
        assertThat(postTags.primaryKey()).containsExactly("post_id", "tag_name").inOrder();
        assertThat(postTags.columns().stream().map(column -> column.nullable()).toList()).containsExactly(false, false);
        assertThat(postTags.columns().get(1).length()).isEqualTo(40);
        assertThat(postTags.foreignKeys()).containsExactly(
                new ForeignKeySchema("fk_post_tags_post_id", List.of("post_id"), "post", List.of("id"),
                        ReferentialAction.CASCADE),
                new ForeignKeySchema("fk_post_tags_tag_name", List.of("tag_name"), "tag", List.of("name"),
                        ReferentialAction.CASCADE)).inOrder();
        assertThat(postTags.indexes()).containsExactly(
                new IndexSchema("ix_post_tags_tag_name", List.of("tag_name"), false));
        assertThat(table("com.example.blog.Tag_", "TAG").joinTables()).isEmpty();
        assertThat(table("com.example.school.Student_", "STUDENT").joinTables()).isEmpty();
    }

    @Test
    void mappersPutUnloadedHoldersIntoRecordsAndClasses() throws Exception {
        Object post = read("com.example.blog.Post_", "POST");
        Ref<?> author = (Ref<?>) property(post, "author");
        assertThat(author.isLoaded()).isFalse();
        assertThat(Relations.isLoaded(property(post, "tags"))).isFalse();
        RelationNotLoadedException notLoaded = assertThrows(RelationNotLoadedException.class, author::get);
        assertThat(notLoaded).hasMessageThat().contains("POST.author");

        Object user = read("com.example.blog.User_", "USER");
        assertThat(Relations.isLoaded(field(user, "posts"))).isFalse();
        assertThat(((Ref<?>) field(user, "profile")).isLoaded()).isFalse();

        Object tag = read("com.example.blog.Tag_", "TAG");
        assertThat(Relations.isLoaded(property(tag, "getPosts"))).isFalse();
    }

    @Test
    void withReturnedKeepsTheRelationships() throws Exception {
        Object post = read("com.example.blog.Post_", "POST");
        Object returned = mapper("com.example.blog.Post_", "POST").withReturned(post, 0L, row());
        assertThat(property(returned, "author")).isSameInstanceAs(property(post, "author"));
        assertThat(property(returned, "tags")).isSameInstanceAs(property(post, "tags"));

        Object course = read("com.example.school.Course_", "COURSE");
        Object copy = mapper("com.example.school.Course_", "COURSE").withReturned(course, 0L, row());
        assertThat(copy).isNotSameInstanceAs(course);
        assertThat(property(copy, "getTeacher")).isSameInstanceAs(property(course, "getTeacher"));
        assertThat(property(copy, "getStudents")).isSameInstanceAs(property(course, "getStudents"));
    }

    @Test
    void withColumnOnARecordReturnsACopyWithTheSameHolders() throws Exception {
        EntityMapper<Object, ?> mapper = mapper("com.example.blog.Post_", "POST");
        Object post = read("com.example.blog.Post_", "POST");

        Object moved = mapper.withColumn(post, 2, 7L);

        assertThat(moved).isNotSameInstanceAs(post);
        assertThat(property(moved, "authorId")).isEqualTo(7L);
        assertThat(property(post, "authorId")).isEqualTo(30L);
        assertThat(property(moved, "id")).isEqualTo(property(post, "id"));
        assertThat(property(moved, "title")).isEqualTo(property(post, "title"));
        assertThat(property(moved, "author")).isSameInstanceAs(property(post, "author"));
        assertThat(property(moved, "tags")).isSameInstanceAs(property(post, "tags"));
        assertThat(property(mapper.withColumn(post, 1, "renamed"), "title")).isEqualTo("renamed");

        Object profile = read("com.example.blog.Profile_", "PROFILE");
        assertThat(property(mapper("com.example.blog.Profile_", "PROFILE").withColumn(profile, 1, null), "userId"))
                .isNull();
    }

    @Test
    void withColumnOnAClassChangesItInPlace() throws Exception {
        Object user = read("com.example.blog.User_", "USER");
        Object posts = field(user, "posts");

        Object changed = mapper("com.example.blog.User_", "USER").withColumn(user, 0, 42L);

        assertThat(changed).isSameInstanceAs(user);
        assertThat(field(user, "id")).isEqualTo(42L);
        assertThat(field(user, "posts")).isSameInstanceAs(posts);
    }

    @Test
    void withColumnOnAClassBuiltThroughItsConstructorCarriesTheRelationshipsOver() throws Exception {
        Object course = read("com.example.school.Course_", "COURSE");

        Object changed = mapper("com.example.school.Course_", "COURSE").withColumn(course, 2, 5L);

        assertThat(changed).isNotSameInstanceAs(course);
        assertThat(property(changed, "getTeacherId")).isEqualTo(5L);
        assertThat(property(changed, "getTitle")).isEqualTo(property(course, "getTitle"));
        assertThat(property(changed, "getTeacher")).isSameInstanceAs(property(course, "getTeacher"));
        assertThat(property(changed, "getStudents")).isSameInstanceAs(property(course, "getStudents"));
    }

    @Test
    void withColumnRejectsNullForAPrimitiveAndAPositionOutOfRange() throws Exception {
        EntityMapper<Object, ?> mapper = mapper("com.example.blog.Post_", "POST");
        Object post = read("com.example.blog.Post_", "POST");

        NullPointerException nullKey = assertThrows(NullPointerException.class, () -> mapper.withColumn(post, 2, null));
        assertThat(nullKey).hasMessageThat().isEqualTo("Post.authorId is a primitive long: it cannot be set to null");
        IndexOutOfBoundsException outOfRange = assertThrows(IndexOutOfBoundsException.class,
                () -> mapper.withColumn(post, 3, "x"));
        assertThat(outOfRange).hasMessageThat().isEqualTo("Post has 3 columns, not 3");
        assertThrows(ClassCastException.class, () -> mapper.withColumn(post, 1, 1L));
    }

    private static List<RelationSchema> schemas(String metamodel, String constant) {
        return table(metamodel, constant).relations().stream()
                .map(relation -> RelationImpl.impl(relation).schema())
                .toList();
    }

    private static EntityTable<?, ?> table(String metamodel, String constant) {
        try {
            return (EntityTable<?, ?>) classes.loadClass(metamodel).getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static EntityMapper<Object, ?> mapper(String metamodel, String constant) {
        return (EntityMapper<Object, ?>) table(metamodel, constant).mapper();
    }

    private static Object read(String metamodel, String constant) throws Exception {
        return mapper(metamodel, constant).read(row(), 1);
    }

    private static Object property(Object entity, String accessor) throws ReflectiveOperationException {
        var method = entity.getClass().getDeclaredMethod(accessor);
        method.setAccessible(true);
        return method.invoke(entity);
    }

    private static Object field(Object entity, String name) throws ReflectiveOperationException {
        var field = entity.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(entity);
    }

    /** A row of plain values: numbers from the index, strings, an instant; nullable columns read NULL. */
    private static RowReader row() {
        return (RowReader) Proxy.newProxyInstance(RowReader.class.getClassLoader(), new Class<?>[] {RowReader.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getLong" -> ((Integer) arguments[0]).longValue() * 10;
                    case "getString" -> "text " + arguments[0];
                    case "getInstant" -> Instant.EPOCH;
                    case "getLongOrNull" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
