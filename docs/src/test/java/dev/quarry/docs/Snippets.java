package dev.quarry.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the code blocks of the README and the guide equal to the compiled samples they show.
 *
 * <p>A page includes a sample with an HTML comment right before a fenced code block:
 *
 * <pre>
 * &lt;!-- include: docs/src/test/java/com/example/start/User.java --&gt;
 * ```java
 * ...the file, as compiled...
 * ```
 * </pre>
 *
 * <p>The path is relative to the repository root. {@code #name} after it takes only the lines
 * between {@code tag::name[]} and {@code end::name[]} (in a comment of the file's language);
 * {@code #a,b} takes several regions, separated by a blank line. Tag lines themselves never appear
 * in a page, and a region loses the indentation its lines share.
 */
final class Snippets {
    /** The directive and the fenced block that follows it. */
    static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (?<path>[^#\\s]+)(?:#(?<regions>[\\w,-]+))? -->\\n"
                    + "(?<fence>```(?<lang>[\\w-]*)\\n)(?<body>.*?)```", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("(?:tag|end)::([\\w-]+)\\[]");

    private final Path root;

    Snippets(Path root) {
        this.root = root;
    }

    /** One include directive of a page. */
    record Include(Path page, int line, String path, String regions, String language, String shown) {
        String where() {
            return page.getFileName() + ":" + line;
        }
    }

    /** The includes of {@code page}, in order. */
    List<Include> includes(Path page) {
        String text = read(page);
        List<Include> result = new ArrayList<>();
        Matcher m = INCLUDE.matcher(text);
        while (m.find()) {
            result.add(new Include(page, lineOf(text, m.start()), m.group("path"), m.group("regions"),
                    m.group("lang"), m.group("body")));
        }
        return result;
    }

    /** What {@code include} should show, read from its sample now. */
    String expected(Include include) {
        Path file = root.resolve(include.path());
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(include.where() + ": includes " + include.path() + ", which does not exist");
        }
        List<String> lines = List.of(read(file).split("\n", -1));
        if (include.regions() == null) {
            return join(dedent(withoutTags(lines)));
        }
        StringBuilder out = new StringBuilder();
        for (String region : include.regions().split(",")) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(join(dedent(region(lines, region, include))));
        }
        return out.toString();
    }

    /** The page's text with every included block replaced by what its sample holds now. */
    String rewritten(Path page) {
        String text = read(page);
        Matcher m = INCLUDE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Include include = new Include(page, lineOf(text, m.start()), m.group("path"), m.group("regions"),
                    m.group("lang"), m.group("body"));
            String replacement = text.substring(m.start(), m.start("body")) + expected(include) + "```";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> region(List<String> lines, String name, Include include) {
        List<String> result = new ArrayList<>();
        boolean inside = false;
        boolean found = false;
        for (String line : lines) {
            Matcher tag = TAG.matcher(line);
            if (tag.find()) {
                if (tag.group(1).equals(name)) {
                    inside = line.contains("tag::");
                    found |= inside;
                }
                continue;
            }
            if (inside) {
                result.add(line);
            }
        }
        if (!found) {
            throw new AssertionError(include.where() + ": " + include.path() + " has no region tag::" + name + "[]");
        }
        return result;
    }

    private static List<String> withoutTags(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (!TAG.matcher(line).find()) {
                result.add(line);
            }
        }
        // A file ends with a newline; the block's closing fence comes after it.
        while (!result.isEmpty() && result.get(result.size() - 1).isEmpty()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static List<String> dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            result.add(line.isBlank() ? "" : line.substring(indent == Integer.MAX_VALUE ? 0 : indent));
        }
        return result;
    }

    private static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
