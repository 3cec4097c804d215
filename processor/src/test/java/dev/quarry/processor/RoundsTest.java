package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.quarry.processor.EntityValidationTest.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.quarry.processor.diagnostic.ErrorMessages;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities across processing rounds and compilations: generated types, late entities, class-path targets. */
class RoundsTest {

    @Test
    void anEntityWaitsForATypeAnotherProcessorGenerates() {
        JavaFileObject wallet = source("Wallet",
                "@Entity", "public record Wallet(@Id long id, Currency currency) {", "}");
        JavaFileObject usesWallet = source("UsesWallet",
                "class UsesWallet {", "    Object column = Wallet_.WALLET.currency;", "}");
        Compilation compilation = Compilers.quarry()
                .withProcessors(new QuarryProcessor(),
                        new Generating(null, "com.example.Currency",
                                "package com.example;\n\npublic enum Currency {\n    EUR,\n    USD\n}\n"),
                        new Compilers.ClaimingProcessor())
                .compile(wallet, usesWallet);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.Wallet_Mapper")
                .contentsAsUtf8String().contains("row.getEnum(first + 1, Currency::valueOf)");
        assertThat(compilation).generatedSourceFile("com.example.Tables")
                .contentsAsUtf8String().contains("List.of(WALLET)");
    }

    @Test
    void aRelationshipWaitsForATargetAnotherProcessorGenerates() {
        JavaFileObject user = source("User",
                "@Entity", "public class User {", "    @Id long id;",
                "    @OneToMany(mappedBy = \"author\") java.util.List<com.example.blog.Post> posts;", "}");
        Compilation compilation = Compilers.quarry()
                .withProcessors(new QuarryProcessor(),
                        new Generating(null, "com.example.blog.Post",
                                "package com.example.blog;\n\nimport com.example.User;\nimport dev.quarry.annotation.*;\n"
                                        + "import dev.quarry.relation.Ref;\n\n@Entity\npublic record Post(@Id long id,"
                                        + " @ForeignKey(User.class) long authorId, @ManyToOne Ref<User> author) {\n}\n"),
                        new Compilers.ClaimingProcessor())
                .compile(user);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.User_").contentsAsUtf8String()
                .contains("RelationSchema.oneToMany(\"posts\", \"id\", \"author_id\", \"author\")");
        assertThat(compilation).generatedSourceFile("com.example.blog.Post_").contentsAsUtf8String()
                .contains("() -> User_.USER");
    }

    @Test
    void anEntityGeneratedAfterItsPackagesTablesIsAnError() {
        JavaFileObject note = source("Note", "@Entity", "public class Note {", "    @Id long id;", "}");
        Compilation compilation = Compilers.quarry()
                .withProcessors(new QuarryProcessor(),
                        new Generating("com.example.Tables", "com.example.Late",
                                "package com.example;\n\n@dev.quarry.annotation.Entity\n"
                                        + "public class Late {\n    @dev.quarry.annotation.Id long id;\n}\n"),
                        new Compilers.ClaimingProcessor())
                .compile(note);

        assertThat(compilation).hadErrorContaining(ErrorMessages.lateEntity("Late", "com.example.Tables"));
    }

    @Test
    void aForeignKeyToAnEntityFromTheClassPath(@TempDir Path classes) throws IOException {
        JavaFileObject author = source("Author",
                "@Entity(table = \"authors\")", "public record Author(@Id @Column(name = \"author_key\") long id) {", "}");
        Compilation library = javac().compile(author);
        assertThat(library).succeeded();
        copyClasses(library, classes);
        JavaFileObject book = source("Book",
                "@Entity", "public record Book(@Id long id, @ForeignKey(Author.class) Long authorId) {", "}");
        List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
        classPath.addAll(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).toList());
        Compilation compilation = Compilers.quarry().withClasspath(classPath).compile(book);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.Book_").contentsAsUtf8String().contains(
                "new ForeignKeySchema(\"fk_book_author_id\", List.of(\"author_id\"), \"authors\", List.of(\"author_key\")");
    }

    @Test
    void relationshipsToEntitiesFromTheClassPath(@TempDir Path classes) throws IOException {
        Compilation library = Compilers.quarry().compile(
                library("User", "@Entity", "public class User {", "    @Id long id;", "}"),
                library("Post",
                        "@Entity",
                        "public record Post(@Id long id, @ForeignKey(User.class) long authorId,",
                        "        @ManyToOne(joinColumn = \"authorId\") Ref<User> author,",
                        "        @ManyToMany(joinTable = \"post_tags\") Set<Tag> tags) {", "}"),
                library("Tag", "@Entity", "public record Tag(@Id long id) {", "}"));
        assertThat(library).succeeded();
        copyClasses(library, classes);
        JavaFileObject blog = source("Blog",
                "@Entity", "public class Blog {", "    @Id long id;",
                "    @ForeignKey(com.example.lib.User.class) long ownerId;",
                "    @ManyToOne dev.quarry.relation.Ref<com.example.lib.User> owner;", "}");
        JavaFileObject label = source("Label",
                "@Entity", "public class Label {", "    @Id long id;",
                "    @ManyToMany(mappedBy = \"tags\") java.util.List<com.example.lib.Post> posts;", "}");
        List<File> classPath = new ArrayList<>(List.of(classes.toFile()));
        classPath.addAll(Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new).toList());

        Compilation fine = Compilers.quarry().withClasspath(classPath).compile(blog);
        assertThat(fine).succeededWithoutWarnings();
        assertThat(fine).generatedSourceFile("com.example.Blog_").contentsAsUtf8String()
                .contains("() -> User_.USER");

        // the owning side is read from Post's class file: its tags are Tags, not Labels
        assertThat(Compilers.quarry().withClasspath(classPath).compile(label))
                .hadErrorContaining(ErrorMessages.mappedByMismatch("@ManyToMany", "posts", "tags", "Post",
                        "a @ManyToMany Set<Tag>",
                        "the owning @ManyToMany List<Label> or Set<Label> property of Post (the one without mappedBy)"))
                .inFile(label).onLineContaining("posts;");
    }

    /** A source of package {@code com.example.lib}, compiled into a library. */
    private static JavaFileObject library(String simpleName, String... body) {
        List<String> lines = new ArrayList<>(List.of("package com.example.lib;", "",
                "import dev.quarry.annotation.*;", "import dev.quarry.relation.Ref;", "import java.util.*;", ""));
        lines.addAll(List.of(body));
        return JavaFileObjects.forSourceLines("com.example.lib." + simpleName, lines);
    }

    private static void copyClasses(Compilation compilation, Path classes) throws IOException {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS) {
                Path target = classes.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
    }

    /** Generates one source file, in the first round or once a trigger type exists. */
    @SupportedAnnotationTypes("*")
    static final class Generating extends AbstractProcessor {
        private final String trigger;
        private final String name;
        private final String source;
        private boolean done;

        Generating(String trigger, String name, String source) {
            this.trigger = trigger;
            this.name = name;
            this.source = source;
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (done || round.processingOver()
                    || trigger != null && processingEnv.getElementUtils().getTypeElement(trigger) == null) {
                return false;
            }
            done = true;
            try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
                writer.write(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        }
    }
}
