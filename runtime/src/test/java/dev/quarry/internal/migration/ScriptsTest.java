package dev.quarry.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding scripts in a directory, on the class path and in jars. */
class ScriptsTest {
    @TempDir
    Path root;

    @Test
    void readsTheDialectDirectoryInVersionOrder() throws IOException {
        Path dir = Files.createDirectories(root.resolve("sqlite"));
        Files.writeString(dir.resolve("V10__ten.sql"), "SELECT 10;");
        Files.writeString(dir.resolve("V2__two.sql"), "SELECT 2;");
        Files.writeString(dir.resolve("V1.1__one_one.sql"), "SELECT 11;");
        Files.writeString(dir.resolve("U2__two.sql"), "SELECT -2;");
        Files.writeString(dir.resolve("notes.txt"), "not a script");
        Files.writeString(Files.createDirectories(root.resolve("postgresql")).resolve("V1__pg.sql"), "SELECT 1;");
        Scripts scripts = Scripts.load(MigrationConfig.builder().directory(root).build(), "sqlite");
        assertEquals(List.of("V1.1__one_one.sql", "V2__two.sql", "V10__ten.sql"),
                scripts.ups().stream().map(Script::toString).toList());
        assertEquals("SELECT -2;", scripts.down(Version.parse("2")).orElseThrow().text());
        assertTrue(scripts.down(Version.parse("10")).isEmpty());
        assertEquals(dir.toString(), scripts.location());
    }

    @Test
    void aMissingDirectoryHasNoScripts() {
        assertEquals(List.of(), Scripts.load(MigrationConfig.builder().directory(root.resolve("nothing")).build(),
                "sqlite").ups());
    }

    @Test
    void twoScriptsOfOneVersionAreAnError() throws IOException {
        Path dir = Files.createDirectories(root.resolve("sqlite"));
        Files.writeString(dir.resolve("V1__a.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("V1.0__b.sql"), "SELECT 1;");
        MigrationException e = assertThrows(MigrationException.class,
                () -> Scripts.load(MigrationConfig.builder().directory(root).build(), "sqlite"));
        assertTrue(e.getMessage().contains("two scripts have version"), e.getMessage());
    }

    @Test
    void aMalformedNameIsAnError() throws IOException {
        Path dir = Files.createDirectories(root.resolve("sqlite"));
        Files.writeString(dir.resolve("V1_a.sql"), "SELECT 1;");
        MigrationException e = assertThrows(MigrationException.class,
                () -> Scripts.load(MigrationConfig.builder().directory(root).build(), "sqlite"));
        assertTrue(e.getMessage().contains("'V1_a.sql' is not a migration script name"), e.getMessage());
    }

    @Test
    void readsFromAClassPathDirectory() throws IOException {
        Path dir = Files.createDirectories(root.resolve("classes/db/changes/postgresql"));
        Files.writeString(dir.resolve("V1__one.sql"), "SELECT 1;");
        Files.writeString(dir.resolve("U1__one.sql"), "SELECT -1;");
        Scripts scripts = withClassPath(root.resolve("classes").toUri().toURL(), "/db/changes/", "postgresql");
        assertEquals(List.of("V1__one.sql"), scripts.ups().stream().map(Script::toString).toList());
        assertEquals("SELECT -1;", scripts.down(Version.parse("1")).orElseThrow().text());
        assertEquals("classpath:db/changes/postgresql", scripts.location());
    }

    @Test
    void readsFromAJar() throws IOException {
        Path jar = root.resolve("app.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String directory : List.of("db/", "db/migration/", "db/migration/sqlite/", "db/migration/postgresql/")) {
                out.putNextEntry(new JarEntry(directory));   // as jar tools write them; class loaders find directories by them
                out.closeEntry();
            }
            add(out, "db/migration/sqlite/V1__create.sql", "CREATE TABLE a (id integer);");
            add(out, "db/migration/sqlite/V2__fill.sql", "INSERT INTO a VALUES (1);");
            add(out, "db/migration/sqlite/U2__fill.sql", "DELETE FROM a;");
            add(out, "db/migration/sqlite/deeper/V3__not_mine.sql", "SELECT 3;");
            add(out, "db/migration/postgresql/V9__other.sql", "SELECT 9;");
        }
        Scripts scripts = withClassPath(jar.toUri().toURL(), MigrationConfig.DEFAULT_CLASSPATH, "sqlite");
        assertEquals(List.of("V1__create.sql", "V2__fill.sql"), scripts.ups().stream().map(Script::toString).toList());
        assertEquals("INSERT INTO a VALUES (1);", scripts.up(Version.parse("2")).orElseThrow().text());
        assertEquals("DELETE FROM a;", scripts.down(Version.parse("2")).orElseThrow().text());
        assertTrue(scripts.up(Version.parse("1")).orElseThrow().location().endsWith("app.jar!/db/migration/sqlite/V1__create.sql"),
                scripts.up(Version.parse("1")).orElseThrow().location());
    }

    @Test
    void theChecksumIgnoresLineEndings() {
        assertEquals(Script.checksum("SELECT 1;\nSELECT 2;\n"), Script.checksum("SELECT 1;\r\nSELECT 2;\r\n"));
        assertEquals(Script.checksum("a\nb"), Script.checksum("\uFEFFa\rb"));
        assertEquals(64, Script.checksum("x").length());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Script.checksum(""));
    }

    private static Scripts withClassPath(URL url, String location, String dialect) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {url}, null)) {
            thread.setContextClassLoader(loader);
            return Scripts.load(MigrationConfig.builder().classpath(location).build(), dialect);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void add(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
