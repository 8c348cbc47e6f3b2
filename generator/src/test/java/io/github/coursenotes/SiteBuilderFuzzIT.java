package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline ({@link SiteBuilder#check}: load, parse, check links and cards, render every
 * template) on the fixture course with mutated notes and flipped bytes: only diagnostics, each
 * naming a file of the project (or of the theme) and a line inside it. Seeded: every run tries
 * the same cases.
 */
class SiteBuilderFuzzIT {

    private static final int CASES = 60;

    @TempDir
    Path folder;

    @Test
    void mutatedCourseGivesOnlyDiagnostics() throws IOException {
        for (int seed = 0; seed < CASES * Mutations.SCALE; seed++) {
            Random random = new Random(seed);
            Path project = Fixtures.copy("basic-course", folder.resolve("case-" + seed));
            mutate(project.resolve("content/01-basics/01-first.md"), random);
            mutate(project.resolve("content/" + (random.nextBoolean() ? "01-basics/index.md" : "index.md")), random);
            BuildResult result = SiteBuilder.check(BuildConfig.builder(project)
                    .templatesDirectory(Fixtures.courseTemplates()).build());
            for (Diagnostic diagnostic : result.diagnostics()) {
                assertLocated(seed, project, diagnostic);
            }
        }
    }

    private static void mutate(Path file, Random random) throws IOException {
        byte[] bytes = Mutations.mutate(Files.readString(file), random).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        Files.write(file, bytes);
    }

    private static void assertLocated(int seed, Path project, Diagnostic diagnostic) throws IOException {
        String where = "case " + seed + ": " + diagnostic.format();
        if (diagnostic.file().startsWith("built-in theme/")) {
            return;
        }
        Path file = project.resolve(diagnostic.file());
        assertTrue(Files.exists(file, LinkOption.NOFOLLOW_LINKS), where);
        if (Files.isRegularFile(file)) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int lines = text.split("\r\n|\r|\n", -1).length;
            assertTrue(diagnostic.line() <= lines, where + " but the file has " + lines + " lines:\n" + text);
        }
    }
}
