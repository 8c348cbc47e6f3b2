package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InPlaceWriterTest {

    @TempDir
    Path site;

    @Test
    void replacesFilesOnlyOnCommitAndLeavesNoTemporaryFiles() throws IOException {
        Files.writeString(site.resolve(OutputGuard.MARKER), "");
        Files.createDirectories(site.resolve("basics"));
        Files.writeString(site.resolve("basics/first.html"), "old");
        Files.writeString(site.resolve("kept.html"), "kept");
        try (InPlaceWriter writer = InPlaceWriter.open(site)) {
            try (Writer out = writer.writer("basics/first.html")) {
                out.write("new");
            }
            writer.write("cards.json", "[]");
            assertEquals("old", Files.readString(site.resolve("basics/first.html")), "not before the commit");
            writer.commit();
        }
        assertEquals("new", Files.readString(site.resolve("basics/first.html")));
        assertEquals("[]", Files.readString(site.resolve("cards.json")));
        assertEquals("kept", Files.readString(site.resolve("kept.html")));
        assertEquals(List.of(".coursenotes-site", "basics", "basics/first.html", "cards.json", "kept.html"), files());
    }

    @Test
    void withoutCommitNothingChangesAndTheTemporaryFilesAreDeleted() throws IOException {
        Files.writeString(site.resolve(OutputGuard.MARKER), "");
        Files.writeString(site.resolve("page.html"), "old");
        try (InPlaceWriter writer = InPlaceWriter.open(site)) {
            writer.write("page.html", "new");
        }
        assertEquals("old", Files.readString(site.resolve("page.html")));
        assertEquals(List.of(".coursenotes-site", "page.html"), files());
    }

    @Test
    void holdsTheBuildLockTogetherWithOtherInPlaceWritersOnly() throws IOException {
        Files.writeString(site.resolve(OutputGuard.MARKER), "");
        Path lockFile = BuildLock.fileFor(site);
        try (InPlaceWriter pages = InPlaceWriter.open(site); InPlaceWriter courseOutputs = InPlaceWriter.open(site)) {
            assertTrue(Files.exists(lockFile));
            assertThrows(OutputLockedException.class, () -> StagingWriter.open(site, null), "no full build meanwhile");
            pages.write("page.html", "new");
            pages.commit();
            courseOutputs.write("cards.json", "[]");
            courseOutputs.commit();
        }
        assertFalse(Files.exists(lockFile), "the last writer lets go of the lock");
        try (StagingWriter staging = StagingWriter.open(site, null)) {
            assertThrows(OutputLockedException.class, () -> InPlaceWriter.open(site), "nor while a full build writes");
        }
        try (InPlaceWriter again = InPlaceWriter.open(site)) {
            again.write("page.html", "newer");
            again.commit();
        }
        assertEquals("newer", Files.readString(site.resolve("page.html")));
        assertFalse(Files.exists(lockFile));
    }

    @Test
    void refusesAFolderItDidNotWriteAndPathsLeavingTheSite() throws IOException {
        assertThrows(IllegalStateException.class, () -> InPlaceWriter.open(site));
        Files.writeString(site.resolve(OutputGuard.MARKER), "");
        try (InPlaceWriter writer = InPlaceWriter.open(site)) {
            assertThrows(IllegalArgumentException.class, () -> writer.write("../outside.html", "x"));
        }
        assertEquals(List.of(".coursenotes-site"), files());
    }

    private List<String> files() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(path -> !path.equals(site)).map(path -> site.relativize(path).toString()).sorted().toList();
        }
    }
}
