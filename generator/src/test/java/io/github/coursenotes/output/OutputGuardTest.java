package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

    @TempDir
    Path root;

    private Path home;
    private Path project;
    private Path content;
    private Path templates;

    @BeforeEach
    void layOutAHomeWithAProject() throws Exception {
        home = Files.createDirectories(root.resolve("home/ada"));
        project = Files.createDirectories(home.resolve("course"));
        content = Files.createDirectories(project.resolve("content"));
        templates = Files.createDirectories(project.resolve("templates"));
    }

    private Optional<String> check(Path output) {
        return OutputGuard.check(output, project, List.of(content, templates), home);
    }

    @Test
    void siteInsideTheProjectIsSafe() {
        assertEquals(Optional.empty(), check(project.resolve("site")));
        assertEquals(Optional.empty(), check(project.resolve("target/site")));
    }

    @Test
    void fileSystemRootIsRefused() {
        assertEquals(Optional.of("output folder / is the file-system root"), check(Path.of("/")));
    }

    @Test
    void homeFolderIsRefused() {
        assertEquals(Optional.of("output folder " + home + " is your home folder"), check(home));
    }

    @Test
    void folderContainingTheHomeFolderIsRefused() {
        assertEquals(Optional.of("output folder " + home.getParent() + " contains your home folder"),
                check(home.getParent()));
    }

    @Test
    void projectFolderIsRefused() {
        assertEquals(Optional.of("output folder " + project + " is or contains " + project
                + ", which the generator must never replace"), check(project));
    }

    @Test
    void contentFolderIsRefused() {
        assertEquals(Optional.of("output folder " + content + " is or contains " + content
                + ", which the generator must never replace"), check(content));
    }

    @Test
    void templatesFolderIsRefused() {
        assertEquals(Optional.of("output folder " + templates + " is or contains " + templates
                + ", which the generator must never replace"), check(templates));
    }

    @Test
    void folderInsideContentIsRefused() {
        assertEquals(Optional.of("output folder " + content.resolve("site") + " is inside " + content
                + ": the site would be read back as input; choose an outputDirectory outside it"),
                check(content.resolve("site")));
    }

    @Test
    void folderInsideTemplatesIsRefused() {
        assertEquals(Optional.of("output folder " + templates.resolve("assets/site") + " is inside " + templates
                + ": the site would be read back as input; choose an outputDirectory outside it"),
                check(templates.resolve("assets/site")));
    }

    @Test
    void pathThroughASymbolicLinkIsResolvedFirst() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("site"), content);
        assertEquals(Optional.of("output folder " + content + " is or contains " + content
                + ", which the generator must never replace"), check(link));
    }

    @Test
    void foreignNonEmptyFolderIsRefused() throws Exception {
        Path site = Files.createDirectories(project.resolve("site"));
        Files.writeString(site.resolve("notes.txt"), "mine");
        assertEquals(Optional.of("output folder " + site + " is not empty and was not created by coursenotes (no "
                + ".coursenotes-site file); move its files away or choose another outputDirectory"), check(site));
    }

    @Test
    void emptyFolderAndMarkedFolderAreAccepted() throws Exception {
        Path site = Files.createDirectories(project.resolve("site"));
        assertEquals(Optional.empty(), check(site));
        Files.writeString(site.resolve("index.html"), "old site");
        Files.writeString(site.resolve(OutputGuard.MARKER), "");
        assertEquals(Optional.empty(), check(site));
    }

    @Test
    void existingFileIsRefused() throws Exception {
        Path file = Files.writeString(project.resolve("site"), "a file");
        assertEquals(Optional.of("output path " + file + " exists and is not a folder"), check(file));
    }
}
