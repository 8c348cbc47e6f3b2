package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path project;

    private Optional<String> check(Path output) {
        return OutputGuard.check(output, List.of(project, project.resolve("content"), project.resolve("templates")));
    }

    private static void assertRefused(Optional<String> why, String expected) {
        assertTrue(why.isPresent(), "refused");
        assertTrue(why.get().contains(expected), why.get());
    }

    @Test
    void aNewOrEmptyOrOwnFolderIsSafe() throws IOException {
        assertEquals(Optional.empty(), check(project.resolve("site")));
        Files.createDirectory(project.resolve("site"));
        assertEquals(Optional.empty(), check(project.resolve("site")));
        Files.writeString(project.resolve("site/index.html"), "x");
        Files.writeString(project.resolve("site/" + OutputGuard.MARKER), "");
        assertEquals(Optional.empty(), check(project.resolve("site")));
    }

    @Test
    void aFolderOfSomeoneElsesFilesIsRefused() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/notes.txt"), "mine");
        assertRefused(check(project.resolve("docs")), "is not empty and was not created by coursenotes");
    }

    @Test
    void theProjectAndFoldersHoldingTheSourcesAreRefused() {
        assertRefused(check(project), "is or contains");
        assertRefused(check(project.resolve("content")), "is or contains");
        assertRefused(check(project.resolve("sub/..")), "is or contains");
        assertRefused(check(project.getParent()), "is or contains");
    }

    @Test
    void aFileIsRefused() throws IOException {
        Files.writeString(project.resolve("site"), "a file");
        assertRefused(check(project.resolve("site")), "exists and is not a folder");
    }

    @Test
    void theRootAndTheHomeFolderAreRefused() {
        assertRefused(OutputGuard.check(Path.of("/"), List.of()), "file-system root");
        assertRefused(OutputGuard.check(Path.of(System.getProperty("user.home")), List.of()), "home folder");
    }
}
