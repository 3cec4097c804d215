package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests: the inputs under {@code inputs/<case>/} compile cleanly (with
 * {@code -Xlint:all -Werror}) and generate the sources (and entity diagrams) under
 * {@code goldens/EntityGenerationTest_<method>/}.
 */
class EntityGenerationTest {

    @Test
    void classEntity() {
        Compilation compilation = Compilers.compileInput("user");

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "classEntity", "com.example.User_", "com.example.User_Mapper");
    }

    @Test
    void recordWithCompositeKeyAndForeignKey() {
        Compilation compilation = Compilers.compileInput("order_line");

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "recordWithCompositeKeyAndForeignKey",
                "com.example.shop.OrderLine_", "com.example.shop.OrderLine_Mapper");
    }

    @Test
    void everyTypeAndEnums() {
        Compilation compilation = Compilers.compileInput("enums");

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "everyTypeAndEnums", "com.example.types.Sample_", "com.example.types.Sample_Mapper");
    }

    @Test
    void serverDefaults() {
        Compilation compilation = Compilers.compileInput("server_defaults");

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "serverDefaults",
                "com.example.events.Event_", "com.example.events.Event_Mapper", "com.example.events.Account_Mapper");
    }

    @Test
    void tablesPerPackage() {
        List<JavaFileObject> sources = new ArrayList<>(Compilers.input("tables"));
        sources.addAll(Compilers.input("order_line"));
        Compilation compilation = Compilers.quarry().compile(sources);

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "tablesPerPackage",
                "com.example.Tables", "com.example.shop.Tables", "com.example.library.Tables",
                "com.example.library.Shelf_Author_", "com.example.library.Book_Mapper");
    }

    @Test
    void relationships() {
        Compilation compilation = Compilers.compileInput("relations");

        assertThat(compilation).succeededWithoutWarnings();
        assertGenerated(compilation, "relationships",
                "com.example.blog.User_", "com.example.blog.User_Mapper",
                "com.example.blog.Post_", "com.example.blog.Post_Mapper",
                "com.example.blog.Tag_", "com.example.blog.Tag_Mapper",
                "com.example.blog.Profile_", "com.example.blog.Profile_Mapper",
                "com.example.school.Student_", "com.example.school.Student_Mapper",
                "com.example.school.Course_", "com.example.school.Course_Mapper");
        assertDiagram(compilation, "relationships", "com.example.blog");
        assertDiagram(compilation, "relationships", "com.example.school");
    }

    @Test
    void diagramOfAPackageWithoutRelationships() {
        Compilation compilation = Compilers.compileInput("order_line");

        assertThat(compilation).succeededWithoutWarnings();
        assertDiagram(compilation, "diagramOfAPackageWithoutRelationships", "com.example");
        assertDiagram(compilation, "diagramOfAPackageWithoutRelationships", "com.example.shop");
    }

    /** The package's {@code entities.mmd} is exactly {@code goldens/EntityGenerationTest_<method>/<package>.entities.mmd}. */
    private static void assertDiagram(Compilation compilation, String method, String packageName) {
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, packageName, "entities.mmd")
                .contentsAsUtf8String()
                .isEqualTo(Compilers.goldenText("EntityGenerationTest_" + method, packageName + ".entities.mmd"));
    }

    private static void assertGenerated(Compilation compilation, String method, String... qualifiedNames) {
        for (String name : qualifiedNames) {
            assertThat(compilation)
                    .generatedSourceFile(name)
                    .hasSourceEquivalentTo(Compilers.golden("EntityGenerationTest_" + method, name));
        }
    }
}
