package io.github.coursenotes;

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
import org.junit.jupiter.api.DynamicTest;

/**
 * The golden pages of a fixture ({@code fixtures/<name>/expected/}), compared byte for byte with a
 * built site; {@code -Dgolden.update=true} writes them instead, to review with {@code git diff}.
 */
final class GoldenPages {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final Path expected;
    private final String testName;

    GoldenPages(String fixture, String testName) {
        this.expected = Fixtures.fixture(fixture).resolve("expected");
        this.testName = testName;
    }

    /** One dynamic test per page of {@code site} and of the golden files; writes the golden files first when updating. */
    Stream<DynamicTest> compare(Path site) {
        Map<String, byte[]> actual = htmlFiles(site);
        if (UPDATE) {
            write(actual);
        }
        Map<String, byte[]> golden = htmlFiles(expected);
        assertTrue(!golden.isEmpty(), "no golden files in " + expected + "; " + howToUpdate());
        TreeSet<String> pages = new TreeSet<>(golden.keySet());
        pages.addAll(actual.keySet());
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> compare(page, golden.get(page),
                actual.get(page))));
    }

    private void compare(String page, byte[] want, byte[] got) {
        if (want == null) {
            fail(page + " was generated but has no golden file; " + howToUpdate());
        }
        if (got == null) {
            fail(page + " has a golden file but was not generated; " + howToUpdate());
        }
        if (!Arrays.equals(want, got)) {
            fail(page + " differs from its golden file " + expected.resolve(page) + "\n"
                    + GoldenSiteTest.firstDifference(new String(want, StandardCharsets.UTF_8),
                    new String(got, StandardCharsets.UTF_8)) + "\n" + howToUpdate());
        }
    }

    private String howToUpdate() {
        return "if the change is intended, regenerate the golden files with 'mvn test -Dtest=" + testName
                + " -Dgolden.update=true' (in generator/) and review them with git diff";
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

    private void write(Map<String, byte[]> pages) {
        try {
            for (String old : htmlFiles(expected).keySet()) {
                Files.delete(expected.resolve(old));
            }
            for (Map.Entry<String, byte[]> page : pages.entrySet()) {
                Path file = expected.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, page.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
