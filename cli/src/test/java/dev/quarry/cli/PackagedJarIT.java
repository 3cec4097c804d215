package dev.quarry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a user runs it, in a JVM of its own: {@code java -cp <application class path>:quarry-cli.jar
 * dev.quarry.cli.Quarry ...}, where the application's class path (here the test class path without
 * picocli and without this module's classes) has the runtime and the driver, and the jar brings picocli.
 */
class PackagedJarIT {
    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("picocli"))
                .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().startsWith(
                        Path.of("target").toAbsolutePath().normalize()))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Result quarry(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("quarry.cli.jar");
        assertTrue(jar != null && Files.isRegularFile(Path.of(jar)), "no packaged jar at " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", applicationClassPath() + File.pathSeparator + jar,
                "dev.quarry.cli.Quarry"));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove(Quarry.URL_VARIABLE);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "quarry did not end");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarCarriesPicocli() throws Exception {
        assertFalse(applicationClassPath().contains("picocli"));
        Result help = quarry("migrate", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("upgrade"), help::toString);
    }

    @Test
    void exitsWithTheUsageErrorCode() throws Exception {
        Result usage = quarry("migrate", "upgrade");
        assertEquals(2, usage.exitCode(), usage::toString);
        assertTrue(usage.err().contains("QUARRY_URL"), usage::toString);
    }

    @Test
    void runsOnTheApplicationsRuntimeAndDriver() throws Exception {
        Result current = quarry("migrate", "current", "--url", "jdbc:sqlite:" + dir.resolve("app.db"),
                "--dir", dir.resolve("migrations").toString());
        assertEquals(0, current.exitCode(), current::toString);
        assertEquals("none", current.out().strip(), current::toString);
    }
}
