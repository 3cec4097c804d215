package dev.quarry.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Pins the exact text of a generated file, and checks that the same input gives byte-identical output. */
class OutputFormatTest {

    @Test
    void generatedTextIsExactlyTheGoldenFile() throws IOException {
        Compilation compilation = Compilers.compileInput("user");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("com.example.User_")
                .contentsAsUtf8String()
                .isEqualTo(Compilers.golden("EntityGenerationTest_classEntity", "com.example.User_")
                        .getCharContent(true)
                        .toString());
        assertThat(compilation)
                .generatedSourceFile("com.example.User_Mapper")
                .contentsAsUtf8String()
                .isEqualTo(Compilers.golden("EntityGenerationTest_classEntity", "com.example.User_Mapper")
                        .getCharContent(true)
                        .toString());
    }

    @Test
    void twoCompilationsGiveByteIdenticalOutput() {
        Map<String, String> first = generated(Compilers.compileInput("tables"));
        Map<String, String> second = generated(Compilers.compileInput("tables"));

        assertThat(first.keySet()).containsAtLeast(
                "/SOURCE_OUTPUT/com/example/library/Tables.java", "/SOURCE_OUTPUT/com/example/library/Book_.java");
        assertThat(second).isEqualTo(first);
    }

    private static Map<String, String> generated(Compilation compilation) {
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            try {
                files.put(file.getName(), file.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }
}
