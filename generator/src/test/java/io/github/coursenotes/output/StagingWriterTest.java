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

class StagingWriterTest {

    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    private List<String> projectEntries() throws IOException {
        try (Stream<Path> entries = Files.list(project)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private void previousSite() throws IOException {
        Files.createDirectories(site().resolve("old"));
        Files.writeString(site().resolve("index.html"), "previous");
        Files.writeString(site().resolve("old/page.html"), "gone after commit");
        Files.writeString(site().resolve(OutputGuard.MARKER), "");
    }

    @Test
    void filesGoToAStagingFolderUntilCommit() throws IOException {
        previousSite();
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            writer.write("index.html", "new");
            writer.write("basics/first.html", "first");
            Path staging = writer.stagingFolder();
            assertEquals(project, staging.getParent());
            assertTrue(staging.getFileName().toString().startsWith("site.staging-"));
            assertEquals("new", Files.readString(staging.resolve("index.html")));
            assertEquals("previous", Files.readString(site().resolve("index.html")));
            writer.commit();
        }
        assertEquals("new", Files.readString(site().resolve("index.html")));
        assertEquals("first", Files.readString(site().resolve("basics/first.html")));
        assertTrue(Files.exists(site().resolve(OutputGuard.MARKER)));
        assertFalse(Files.exists(site().resolve("old")), "files of the previous site are gone");
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void closingWithoutCommitKeepsThePreviousSiteUntouched() throws IOException {
        previousSite();
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            writer.write("index.html", "half-written");
        }
        assertEquals("previous", Files.readString(site().resolve("index.html")));
        assertEquals("gone after commit", Files.readString(site().resolve("old/page.html")));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void aFirstBuildCreatesTheSite() throws IOException {
        try (StagingWriter writer = StagingWriter.open(project.resolve("deep/out/site"), null)) {
            writer.write("index.html", "first build");
            writer.commit();
        }
        assertEquals("first build", Files.readString(project.resolve("deep/out/site/index.html")));
    }

    @Test
    void anEmptyFolderIsReplaced() throws IOException {
        Files.createDirectory(site());
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            writer.write("index.html", "x");
            writer.commit();
        }
        assertEquals("x", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), projectEntries());
    }

    @Test
    void copiesFilesIntoPlace() throws IOException {
        Path source = Files.writeString(project.resolve("diagram.svg"), "<svg/>");
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            writer.copy("basics/diagram.svg", source);
            writer.commit();
        }
        assertEquals("<svg/>", Files.readString(site().resolve("basics/diagram.svg")));
    }

    @Test
    void writesUtf8() throws IOException {
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            writer.write("a.html", "Données – 数据");
            writer.commit();
        }
        assertEquals("Données – 数据", Files.readString(site().resolve("a.html")));
    }

    @Test
    void aStreamedPageIsUtf8WithAQuestionMarkForALoneSurrogate() throws IOException {
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            try (Writer page = writer.writer("a.html")) {
                page.write("𝄞 half \uD834");
                page.write(" and é".repeat(10_000)); // beyond the buffer
            }
            writer.commit();
        }
        assertEquals("𝄞 half ?" + " and é".repeat(10_000), Files.readString(site().resolve("a.html")));
    }

    @Test
    void pathsMayNotLeaveTheSiteFolder() throws IOException {
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            for (String path : List.of("../escaped.html", "a/../../escaped.html", "", ".", "/tmp/escaped.html")) {
                assertThrows(IllegalArgumentException.class, () -> writer.write(path, "x"), path);
            }
            assertThrows(IllegalArgumentException.class, () -> writer.copy("../x.svg", project));
        }
        assertFalse(Files.exists(project.resolve("escaped.html")));
    }

    @Test
    void leftoversOfAKilledBuildAreCleanedUpOnOpen() throws IOException {
        Path staleStaging = Files.createDirectories(project.resolve("site.staging-killed"));
        Files.writeString(staleStaging.resolve(OutputGuard.MARKER), "");
        Path notOurs = Files.createDirectories(project.resolve("site.staging-not-ours"));
        Files.writeString(notOurs.resolve("notes.txt"), "someone else's file");
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            assertFalse(Files.exists(staleStaging));
            assertTrue(Files.exists(notOurs), "a folder without the marker is never deleted");
        }
    }

    @Test
    void aSiteMovedAsideByAKilledCommitIsPutBack() throws IOException {
        previousSite();
        Path aside = project.resolve("site.old-killed");
        Files.move(site(), aside);
        try (StagingWriter writer = StagingWriter.open(site(), null)) {
            assertEquals("previous", Files.readString(site().resolve("index.html")));
        }
        assertEquals(List.of("site"), projectEntries());
    }
}
