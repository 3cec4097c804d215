package dev.quarry.internal.migration;

import dev.quarry.migration.MigrationConfig;
import dev.quarry.migration.MigrationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The scripts of one dialect, read from {@code <directory>/<dialect>} on the file system or
 * {@code <classpath>/<dialect>} on the class path (directories and jars), by version.
 */
final class Scripts {
    private final String location;
    private final TreeMap<Version, Script> ups;
    private final TreeMap<Version, Script> downs;

    Scripts(String location, List<Script> scripts) {
        this.location = location;
        this.ups = new TreeMap<>();
        this.downs = new TreeMap<>();
        for (Script script : scripts) {
            Map<Version, Script> kind = script.name().undo() ? downs : ups;
            Script other = kind.putIfAbsent(script.version(), script);
            if (other != null) {
                throw new MigrationException("two scripts have version " + script.version() + ": " + other.location()
                        + " and " + script.location() + "; give each migration its own version");
            }
        }
    }

    /** Reads the scripts of {@code dialect} where {@code config} says they are. */
    static Scripts load(MigrationConfig config, String dialect) {
        try {
            if (config.directory() != null) {
                Path directory = config.directory().resolve(dialect);
                return new Scripts(directory.toString(), fromDirectory(directory));
            }
            String location = trimSlashes(config.classpath()) + "/" + dialect;
            return new Scripts("classpath:" + location, fromClassPath(location));
        } catch (IOException e) {
            throw new MigrationException("cannot read the migration scripts: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MigrationException(e.getMessage(), e);
        }
    }

    /** Where the scripts come from, for messages. */
    String location() {
        return location;
    }

    /** The up scripts, oldest first. */
    List<Script> ups() {
        return List.copyOf(ups.values());
    }

    /** The up script of {@code version}. */
    Optional<Script> up(Version version) {
        return Optional.ofNullable(ups.get(version));
    }

    /** The undo script of {@code version}. */
    Optional<Script> down(Version version) {
        return Optional.ofNullable(downs.get(version));
    }

    private static List<Script> fromDirectory(Path directory) throws IOException {
        List<Script> scripts = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return scripts;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    Optional<ScriptName> name = ScriptName.parse(file.getFileName().toString());
                    if (name.isPresent()) {
                        scripts.add(new Script(name.get(), file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return scripts;
    }

    private static List<Script> fromClassPath(String location) throws IOException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = Scripts.class.getClassLoader();
        }
        List<Script> scripts = new ArrayList<>();
        for (URL url : Collections.list(loader.getResources(location))) {
            if (url.getProtocol().equals("file")) {
                try {
                    scripts.addAll(fromDirectory(Path.of(url.toURI())));
                } catch (URISyntaxException e) {
                    throw new IOException("bad class-path URL " + url, e);
                }
            } else if (url.getProtocol().equals("jar")) {
                scripts.addAll(fromJar(url));
            } else {
                throw new IOException("cannot list the scripts at " + url + ": only directories and jars are supported");
            }
        }
        return scripts;
    }

    /** The scripts directly inside the jar directory {@code url} ({@code jar:file:/app.jar!/db/migration/sqlite}). */
    private static List<Script> fromJar(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        connection.setUseCaches(false);
        JarURLConnection jar = (JarURLConnection) connection;
        String prefix = jar.getEntryName() + "/";
        String jarLocation = url.toString().substring(0, url.toString().length() - jar.getEntryName().length());
        List<Script> scripts = new ArrayList<>();
        try (JarFile file = jar.getJarFile()) {
            List<JarEntry> entries = new ArrayList<>(Collections.list(file.entries()));
            entries.sort(Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                Optional<ScriptName> scriptName = ScriptName.parse(name.substring(prefix.length()));
                if (scriptName.isPresent()) {
                    try (InputStream in = file.getInputStream(entry)) {
                        scripts.add(new Script(scriptName.get(), jarLocation + name,
                                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return scripts;
    }

    private static String trimSlashes(String location) {
        String trimmed = location;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
