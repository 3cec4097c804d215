package dev.quarry.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.tools.JavaFileObject;

/** The classes javac wrote for a compilation, over the test class path (which holds the runtime). */
final class GeneratedClasses extends ClassLoader {
    private final Compilation compilation;

    GeneratedClasses(Compilation compilation) {
        super(GeneratedClasses.class.getClassLoader());
        this.compilation = compilation;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = "/CLASS_OUTPUT/" + name.replace('.', '/') + ".class";
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getName().equals(path)) {
                try (InputStream in = file.openInputStream()) {
                    byte[] bytes = in.readAllBytes();
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new ClassNotFoundException(name);
    }
}
