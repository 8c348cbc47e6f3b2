package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JavaScript engine that typesets formulas is loaded only by a course with formulas: a build in
 * a JVM of its own lists the classes it loads.
 */
class FormulaEngineLoadingIT {

    @TempDir
    Path folder;

    @Test
    void aCourseWithoutFormulasNeverLoadsTheEngine() throws Exception {
        String loaded = build(Fixtures.copy("basic-course", folder.resolve("plain")));
        assertFalse(loaded.contains("org.graalvm"), "GraalJS was loaded for a course without formulas");
    }

    @Test
    void aCourseWithFormulasLoadsIt() throws Exception {
        String loaded = build(Fixtures.copy("github-course", folder.resolve("math")));
        assertTrue(loaded.contains("org.graalvm.polyglot.Context"), "the check above can fail");
    }

    @Test
    void aBuildWhoseFormulasAreAllKnownFromTheLastOneDoesNotStartTheEngine() throws Exception {
        Path project = Fixtures.copy("github-course", folder.resolve("again"));
        assertTrue(build(project, BuildKeepingFormulas.class).contains("org.graalvm.polyglot.Context"));
        assertTrue(Files.isRegularFile(project.resolve("target/coursenotes/formulas.txt")));
        String again = build(project, BuildKeepingFormulas.class);
        assertFalse(again.contains("org.graalvm"), "the formulas came from target/coursenotes/formulas.txt");
    }

    /** Builds like the Maven goals, with {@code target/coursenotes/} for the previous site and the formulas. */
    public static final class BuildKeepingFormulas {
        public static void main(String[] args) throws Exception {
            Path project = Path.of(args[0]);
            BuildResult result = SiteBuilder.build(BuildConfig.builder(project)
                    .spareDirectory(project.resolve("target/coursenotes/previous-site")).build());
            System.exit(result.written() ? 0 : 1);
        }
    }

    /** The names of the classes a build of {@code project} loads, in a JVM of its own. */
    private static String build(Path project) throws IOException, InterruptedException {
        return build(project, BuildInAnotherProcess.class);
    }

    private static String build(Path project, Class<?> main) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                main.getName(), project.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output.lines().filter(line -> !line.startsWith("[")).toList().toString());
        return output;
    }
}
