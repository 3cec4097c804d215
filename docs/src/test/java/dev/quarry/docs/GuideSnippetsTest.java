package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java and XML block of the README and the guide is included from a compiled sample and shows
 * it as it is now. Run with {@code -Dquarry.docs.write=true} to rewrite the pages from the samples.
 */
class GuideSnippetsTest {
    static final String REWRITE = "./mvnw -q -pl docs -am test -Dtest=GuideSnippetsTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dquarry.docs.write=true";

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\n");
    private static final List<String> COMPILED = List.of("java", "xml");

    private final Path root = Pages.root();
    private final Snippets snippets = new Snippets(root);

    @Test
    void includedBlocksShowTheirSamples() throws IOException {
        boolean write = Boolean.getBoolean("quarry.docs.write");
        List<String> stale = new ArrayList<>();
        for (Path page : Pages.all()) {
            for (Snippets.Include include : snippets.includes(page)) {
                if (!snippets.expected(include).equals(include.shown())) {
                    stale.add(include.where() + " (" + include.path() + ")");
                }
            }
            if (write) {
                String rewritten = snippets.rewritten(page);
                if (!rewritten.equals(Snippets.read(page))) {
                    Files.writeString(page, rewritten);
                }
            }
        }
        if (!stale.isEmpty() && !write) {
            fail("These blocks differ from the samples they include:\n  " + String.join("\n  ", stale)
                    + "\nEdit the samples, not the pages, then rewrite the pages with:\n  " + REWRITE);
        }
    }

    @Test
    void everyJavaAndXmlBlockIsIncluded() {
        List<String> loose = new ArrayList<>();
        for (Path page : Pages.checked()) {
            String text = Snippets.read(page);
            Matcher fence = FENCE.matcher(text);
            boolean opening = true;
            while (fence.find()) {
                if (opening && COMPILED.contains(fence.group(1)) && !includedAt(text, fence.start())) {
                    loose.add(root.relativize(page) + ":" + Snippets.lineOf(text, fence.start()));
                }
                opening = !opening;
            }
        }
        assertTrue(loose.isEmpty(), () -> "These Java/XML blocks are not included from a compiled sample"
                + " (put the code in docs/src/test/java and precede the block with"
                + " <!-- include: path#region -->):\n  " + String.join("\n  ", loose));
    }

    @Test
    void everyIncludedSampleExists() {
        List<String> missing = new ArrayList<>();
        for (Path page : Pages.all()) {
            for (Snippets.Include include : snippets.includes(page)) {
                if (!Files.isRegularFile(root.resolve(include.path()))) {
                    missing.add(include.where() + ": " + include.path());
                }
            }
        }
        assertTrue(missing.isEmpty(), () -> "Included files that do not exist:\n  " + String.join("\n  ", missing));
    }

    private static boolean includedAt(String text, int fenceStart) {
        int previousLineEnd = fenceStart - 1;
        if (previousLineEnd < 0) {
            return false;
        }
        int previousLineStart = text.lastIndexOf('\n', previousLineEnd - 1) + 1;
        return text.substring(previousLineStart, previousLineEnd).startsWith("<!-- include: ");
    }
}
