package dev.quarry.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Maven coordinates docs/guide/testing.md tells users to add (docs/src/test/resources/testing/pom-snippet.xml)
 * are those of the real modules and of the versions the build uses. The page's samples themselves
 * are the JUnit tests of {@code com.example.testing}, run by Surefire like any other.
 */
class TestingGuideTest {
    @Test
    void theSnippetNamesTheRealCoordinates() throws Exception {
        Path root = Pages.root();
        Document snippet = parse(root.resolve("docs/src/test/resources/testing/pom-snippet.xml"));
        Map<String, String[]> dependencies = new LinkedHashMap<>();
        NodeList nodes = snippet.getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            dependencies.put(text(dependency, "artifactId"), new String[] {
                    text(dependency, "groupId"), text(dependency, "version"), text(dependency, "scope")});
        }

        Document module = parse(root.resolve("quarry-test/pom.xml"));
        Element parent = child(module.getDocumentElement(), "parent");
        String artifactId = text(module.getDocumentElement(), "artifactId");
        assertEquals("quarry-test", artifactId);
        String[] quarryTest = dependencies.get(artifactId);
        assertEquals(text(parent, "groupId"), quarryTest[0]);
        assertEquals(text(parent, "version"), quarryTest[1]);
        assertEquals("test", quarryTest[2]);

        Element properties = child(parse(root.resolve("pom.xml")).getDocumentElement(), "properties");
        assertEquals(text(properties, "junit.version"), dependencies.get("junit-jupiter")[1]);
        assertEquals("org.junit.jupiter", dependencies.get("junit-jupiter")[0]);
        assertEquals(text(properties, "sqlite.version"), dependencies.get("sqlite-jdbc")[1]);
        assertEquals("org.xerial", dependencies.get("sqlite-jdbc")[0]);
        assertEquals(3, dependencies.size());
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    /** The text of the direct child {@code name} of {@code element}. */
    private static String text(Element element, String name) {
        return child(element, name).getTextContent().trim();
    }

    private static Element child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
    }
}
