package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture course {@code basic-course} and compares every generated HTML page, byte for
 * byte, with its golden file in {@code src/test/resources/fixtures/basic-course/expected/}.
 *
 * <p>After an intended change to the theme or the rendering, regenerate the golden files with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} (from {@code generator/}) and review
 * the difference with {@code git diff} before committing it.
 */
class GoldenSiteTest {

    private static final String FIXTURE = "basic-course";
    private static final Path EXPECTED = Fixtures.fixture(FIXTURE).resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String HOW_TO_UPDATE = "if the change is intended, regenerate the golden files with"
            + " 'mvn test -Dtest=GoldenSiteTest -Dgolden.update=true' (in generator/) and review them with git diff";

    @TempDir
    static Path project;

    private static BuildResult result;
    private static Map<String, byte[]> actual;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.copy(FIXTURE, project);
        result = SiteBuilder.build(BuildConfig.builder(project)
                .title("Fixture Course")
                .siteUrl("https://example.org/fixture/")
                .editUrl("https://github.com/example/fixture/edit/main/content/")
                .build());
        actual = htmlFiles(project.resolve("site"));
        if (UPDATE) {
            writeGoldenFiles(actual);
        }
    }

    @Test
    void theFixtureBuildsWithoutProblems() {
        assertEquals("[]", result.diagnostics().toString());
        assertTrue(result.written());
    }

    @Test
    void theSummaryCountsPagesChaptersAndCards() {
        assertEquals(8, result.pages(), "home, 3 chapter pages (one generated), 4 notes");
        assertEquals(3, result.chapters(), "basics, more, more/nested (more/images holds no note)");
        assertEquals(6, result.cards());
        assertTrue(result.summary().matches("8 pages, 3 chapters, 6 cards in \\d+ ms"), result.summary());
    }

    @TestFactory
    Stream<DynamicTest> everyPageMatchesItsGoldenFile() {
        Map<String, byte[]> expected = htmlFiles(EXPECTED);
        assertTrue(expected.size() > 0 || UPDATE, "no golden files in " + EXPECTED + "; " + HOW_TO_UPDATE);
        TreeSet<String> pages = new TreeSet<>(expected.keySet());
        pages.addAll(actual.keySet());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> compare(page, expected.get(page),
                actual.get(page))));
    }

    private static void compare(String page, byte[] expected, byte[] actual) {
        if (expected == null) {
            fail(page + " was generated but has no golden file; " + HOW_TO_UPDATE);
        }
        if (actual == null) {
            fail(page + " has a golden file but was not generated; " + HOW_TO_UPDATE);
        }
        if (!Arrays.equals(expected, actual)) {
            fail(page + " differs from its golden file " + EXPECTED.resolve(page) + "\n"
                    + firstDifference(new String(expected, StandardCharsets.UTF_8),
                    new String(actual, StandardCharsets.UTF_8)) + "\n" + HOW_TO_UPDATE);
        }
    }

    /** The first differing line with two lines of context on each side, as expected and actual. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        int line = 0;
        while (line < want.length && line < got.length && want[line].equals(got[line])) {
            line++;
        }
        int from = Math.max(0, line - 2);
        return "first difference at line " + (line + 1) + ":\n--- expected\n" + excerpt(want, from, line + 3)
                + "+++ actual\n" + excerpt(got, from, line + 3);
    }

    private static String excerpt(String[] lines, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < Math.min(to, lines.length); i++) {
            out.append(String.format("%5d| %s%n", i + 1, lines[i]));
        }
        if (from >= lines.length) {
            out.append("     | (end of file)\n");
        }
        return out.toString();
    }

    private static Map<String, byte[]> htmlFiles(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".html")).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static void writeGoldenFiles(Map<String, byte[]> pages) throws IOException {
        for (String old : htmlFiles(EXPECTED).keySet()) {
            Files.delete(EXPECTED.resolve(old));
        }
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            Path file = EXPECTED.resolve(page.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, page.getValue());
        }
    }
}
