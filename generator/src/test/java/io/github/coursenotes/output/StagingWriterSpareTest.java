package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spare folder: the replaced site is kept there and the next build writes over it. */
class StagingWriterSpareTest {

    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    private Path spare() {
        return project.resolve("target/coursenotes/previous-site");
    }

    /** Builds a site of {@code files} (path → text) through the staging writer, with the spare folder. */
    private void build(Map<String, String> files) throws IOException {
        try (StagingWriter writer = StagingWriter.open(site(), spare())) {
            files.forEach(writer::write);
            writer.commit();
        }
    }

    private static Map<String, String> tree(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(p -> !p.equals(folder)).toList()) {
                String name = folder.relativize(path).toString().replace('\\', '/');
                files.put(name, Files.isDirectory(path) ? "<dir>" : Files.readString(path));
            }
        }
        files.remove(OutputGuard.MARKER);
        return files;
    }

    @Test
    void filesThatDidNotChangeAreNotWrittenAgain() throws IOException {
        build(Map.of("same.html", "unchanged", "edited.html", "first", "a/b.html", "deep"));
        build(Map.of("same.html", "unchanged", "edited.html", "second", "a/b.html", "deep"));
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        for (String name : List.of("same.html", "edited.html", "a/b.html")) {
            Files.setLastModifiedTime(spare().resolve(name), longAgo);
        }

        build(Map.of("same.html", "unchanged", "edited.html", "third", "a/b.html", "deep"));

        assertEquals(Map.of("same.html", "unchanged", "edited.html", "third", "a", "<dir>", "a/b.html", "deep"), tree(site()));
        assertEquals(longAgo, Files.getLastModifiedTime(site().resolve("same.html")), "unchanged: not written");
        assertEquals(longAgo, Files.getLastModifiedTime(site().resolve("a/b.html")), "unchanged: not written");
        assertTrue(Files.getLastModifiedTime(site().resolve("edited.html")).compareTo(longAgo) > 0, "changed: written");
    }

    @Test
    void theReplacedSiteIsKeptAndTheNextBuildWritesOverIt() throws IOException {
        build(Map.of("index.html", "one", "a/page.html", "one", "stale.html", "one", "gone/deep/x.html", "one"));
        assertFalse(Files.exists(spare()), "nothing was replaced yet");
        build(Map.of("index.html", "two", "a/page.html", "two", "stale.html", "two", "gone/deep/x.html", "two"));
        assertEquals("one", Files.readString(spare().resolve("index.html")), "the first site is kept as the spare");

        build(Map.of("index.html", "three", "a/page.html", "three", "new/page.html", "three"));

        assertEquals(Map.of("index.html", "three", "a", "<dir>", "a/page.html", "three", "new", "<dir>",
                "new/page.html", "three"), tree(site()), "what the build did not write is gone, empty folders too");
        assertTrue(Files.isRegularFile(site().resolve(OutputGuard.MARKER)));
        assertEquals("two", Files.readString(spare().resolve("index.html")), "the second site is the spare now");
        assertEquals(List.of("site", "target"), entries(project), "no staging or old folder is left");
    }

    @Test
    void aFileWhereAFolderGoesNowAndTheOtherWayRound() throws IOException {
        build(Map.of("images", "a file", "page", "x"));
        build(Map.of("images", "a file", "page", "x"));
        build(Map.of("images/dot.svg", "<svg/>", "page.html", "y"));
        assertEquals(Map.of("images", "<dir>", "images/dot.svg", "<svg/>", "page.html", "y"), tree(site()));
        build(Map.of("images", "a file again"));
        build(Map.of("images", "a file again"));
        assertEquals(Map.of("images", "a file again"), tree(site()));
    }

    @Test
    void aFailedBuildLeavesTheSiteAsItWas() throws IOException {
        build(Map.of("index.html", "one"));
        build(Map.of("index.html", "two"));
        try (StagingWriter writer = StagingWriter.open(site(), spare())) {
            writer.write("index.html", "broken");
        }
        assertEquals(Map.of("index.html", "two"), tree(site()));
        assertEquals(List.of("site", "target"), entries(project));
        build(Map.of("index.html", "three"));
        assertEquals(Map.of("index.html", "three"), tree(site()));
    }

    @Test
    void aSpareFolderCoursenotesDidNotWriteIsLeftAlone() throws IOException {
        Files.createDirectories(spare());
        Files.writeString(spare().resolve("notes.txt"), "mine");
        build(Map.of("index.html", "one"));
        build(Map.of("index.html", "two"));
        assertEquals(Map.of("index.html", "two"), tree(site()));
        assertEquals(List.of("notes.txt"), entries(spare()), "neither used nor replaced");
        assertEquals(List.of("site", "target"), entries(project), "the replaced site was deleted instead");
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
