package dev.quarry.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Markdown pages users read: the README, the guide, and the other pages under {@code docs/}. */
final class Pages {
    private Pages() {
    }

    /** The repository root (the docs module's parent directory). */
    static Path root() {
        String configured = System.getProperty("quarry.docs.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        root = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("README.md")) || !Files.isDirectory(root.resolve("docs/guide"))) {
            throw new IllegalStateException("Not the repository root (no README.md and docs/guide): " + root);
        }
        return root;
    }

    /** README.md and every *.md under docs/, sorted. */
    static List<Path> all() {
        Path root = root();
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("README.md"));
        for (String extra : List.of("CHANGELOG.md")) {
            if (Files.isRegularFile(root.resolve(extra))) {
                pages.add(root.resolve(extra));
            }
        }
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !root.resolve("docs").relativize(p).startsWith("src"))
                    .filter(p -> !root.resolve("docs").relativize(p).startsWith("target"))
                    .sorted()
                    .forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * The pages whose Java and XML code blocks must all come from compiled samples: the README and
     * the guide, except the error reference, which the processor's {@code ErrorReferenceTest}
     * writes from its catalogue of examples after compiling each one.
     */
    static List<Path> checked() {
        Path root = root();
        Path errors = root.resolve("docs/guide/errors.md");
        List<Path> pages = new ArrayList<>();
        for (Path page : all()) {
            if (page.equals(errors)) {
                continue;
            }
            if (page.equals(root.resolve("README.md")) || page.startsWith(root.resolve("docs/guide"))) {
                pages.add(page);
            }
        }
        return pages;
    }
}
