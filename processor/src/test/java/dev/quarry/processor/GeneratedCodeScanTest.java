package dev.quarry.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every generated source, for every test input, is free of reflection and loading classes by name. */
class GeneratedCodeScanTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "java\\.lang\\.reflect|Class\\.forName|\\.getDeclaredField|\\.getDeclaredMethod|\\.loadClass\\(|\\.newInstance\\(");

    @Test
    void generatedSourcesUseNoReflection() throws IOException {
        int scanned = 0;
        for (String input : List.of("user", "order_line", "enums", "server_defaults", "tables", "blog", "repository",
                "query", "projection", "relations")) {
            Compilation compilation = Compilers.compileInput(input);
            assertThat(compilation).succeeded();
            for (JavaFileObject file : compilation.generatedSourceFiles()) {
                String source = file.getCharContent(true).toString();
                assertFalse(FORBIDDEN.matcher(source).find(), () -> file.getName() + " uses reflection:\n" + source);
                scanned++;
            }
        }
        List<String> kinds = new ArrayList<>();
        assertTrue(scanned >= 15, "expected to scan the generated sources of every input, scanned " + scanned + kinds);
    }

    @Test
    void theScanRecognisesReflection() {
        assertTrue(FORBIDDEN.matcher("Object o = Class.forName(name);").find());
        assertTrue(FORBIDDEN.matcher("import java.lang.reflect.Field;").find());
    }
}
