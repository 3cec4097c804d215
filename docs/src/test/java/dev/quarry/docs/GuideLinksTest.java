package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every link of the README and the pages under {@code docs/} leads somewhere: a relative link to a
 * file that exists, and a {@code #fragment} to a heading of that page (GitHub's anchor rules). Links
 * to other sites are checked for form only: this build does not go online.
 */
class GuideLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*])*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\[[^\\]]+]:\\s+(\\S+)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern CODE_BLOCK = Pattern.compile("(?ms)^```.*?^```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");

    private final Path root = Pages.root();
    private final Map<Path, Set<String>> anchors = new HashMap<>();

    @Test
    void everyLinkResolves() {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : Pages.all()) {
            String text = prose(Snippets.read(page));
            for (Pattern pattern : List.of(LINK, REFERENCE)) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    checked++;
                    String problem = problem(page, m.group(1));
                    if (problem != null) {
                        broken.add(root.relativize(page) + ":" + Snippets.lineOf(text, m.start()) + " " + m.group(1)
                                + ": " + problem);
                    }
                }
            }
        }
        assertTrue(checked > 0, "no links found; is the page list empty?");
        assertTrue(broken.isEmpty(), () -> "Broken links:\n  " + String.join("\n  ", broken));
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertTrue(slugs("## The two commands\n## `@Query` methods\n## Errors: what, why?\n## Errors: what, why?\n")
                .containsAll(List.of("the-two-commands", "query-methods", "errors-what-why", "errors-what-why-1")));
    }

    private String problem(Path page, String target) {
        if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("mailto:")) {
            try {
                new URI(target);
                return null;
            } catch (URISyntaxException e) {
                return "not a valid URI (" + e.getMessage() + ")";
            }
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!resolved.startsWith(root)) {
            return "leads out of the repository";
        }
        if (!Files.exists(resolved)) {
            return "no such file";
        }
        if (fragment != null) {
            if (!resolved.toString().endsWith(".md")) {
                return "a fragment on a file that is not a Markdown page";
            }
            Set<String> known = anchors.computeIfAbsent(resolved, p -> slugs(withoutBlocks(Snippets.read(p))));
            if (!known.contains(fragment)) {
                return "no heading with anchor #" + fragment + " in " + root.relativize(resolved);
            }
        }
        return null;
    }

    /** The text without code blocks and inline code, where brackets are not links. */
    private static String prose(String text) {
        return INLINE_CODE.matcher(withoutBlocks(text)).replaceAll("``");
    }

    /** The text with fenced code blocks emptied (their lines kept, so line numbers stay right). */
    private static String withoutBlocks(String text) {
        Matcher blocks = CODE_BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (blocks.find()) {
            blocks.appendReplacement(out, Matcher.quoteReplacement(blocks.group().replaceAll("[^\\n]", "")));
        }
        blocks.appendTail(out);
        return out.toString();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    static Set<String> slugs(String text) {
        Set<String> result = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String heading = m.group(1).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
            String slug = heading.toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\s_-]", "")
                    .replace(' ', '-');
            int count = seen.merge(slug, 1, Integer::sum);
            result.add(count == 1 ? slug : slug + "-" + (count - 1));
        }
        Matcher explicit = Pattern.compile("<a (?:name|id)=\"([^\"]+)\"").matcher(text);
        while (explicit.find()) {
            result.add(explicit.group(1));
        }
        return result;
    }
}
