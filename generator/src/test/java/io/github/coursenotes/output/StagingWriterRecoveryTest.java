package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingWriterRecoveryTest {

    @TempDir
    Path project;

    private Path site() {
        return project.resolve("site");
    }

    @Test
    void commitReplacesTheSiteAndLeavesNoLeftovers() throws Exception {
        writeSite("old");
        writeSite("new");
        assertEquals("new", Files.readString(site().resolve("index.html")));
        assertTrue(Files.exists(site().resolve(OutputGuard.MARKER)));
        assertEquals(List.of("site"), entries(project));
    }

    @Test
    void closingWithoutCommitKeepsTheSiteAndDeletesTheStaging() throws Exception {
        writeSite("old");
        try (StagingWriter staging = StagingWriter.open(site(), null)) {
            staging.write("index.html", "half-written");
            assertTrue(Files.exists(staging.stagingFolder().resolve("index.html")));
        }
        assertEquals("old", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), entries(project));
    }

    @Test
    void siteMovedAsideByAKilledCommitIsPutBack() throws Exception {
        writeSite("old");
        // a build killed between the two moves of commit(): no site, only the old one moved aside
        Files.move(site(), project.resolve("site.old-1234"));
        try (StagingWriter staging = StagingWriter.open(site(), null)) {
            assertEquals("old", Files.readString(site().resolve("index.html")));
        }
        assertEquals(List.of("site"), entries(project));
    }

    @Test
    void stagingOfAKilledBuildIsDeleted() throws Exception {
        writeSite("old");
        Path killed = Files.createDirectories(project.resolve("site.staging-1234/basics"));
        Files.writeString(killed.getParent().resolve(OutputGuard.MARKER), "");
        Files.writeString(killed.resolve("first.html"), "half");
        StagingWriter.open(site(), null).close();
        assertEquals(List.of("site"), entries(project));
        assertEquals("old", Files.readString(site().resolve("index.html")));
    }

    @Test
    void emptyLeftoverIsDeletedButForeignFilesAreKept() throws Exception {
        Files.createDirectories(project.resolve("site.old-empty"));
        Path foreign = Files.createDirectories(project.resolve("site.staging-not-ours"));
        Files.writeString(foreign.resolve("notes.txt"), "someone's file");
        StagingWriter.open(site(), null).close();
        assertEquals(List.of("site.staging-not-ours"), entries(project));
    }

    @Test
    void writeOutsideTheSiteIsRefused() throws Exception {
        try (StagingWriter staging = StagingWriter.open(site(), null)) {
            IllegalArgumentException refused = Assertions.assertThrows(
                    IllegalArgumentException.class, () -> staging.write("../escape.html", "x"));
            assertEquals("output path escapes the site folder: ../escape.html", refused.getMessage());
        }
        assertFalse(Files.exists(project.resolve("escape.html")));
    }

    private void writeSite(String text) throws IOException {
        try (StagingWriter staging = StagingWriter.open(site(), null)) {
            staging.write("index.html", text);
            staging.commit();
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
