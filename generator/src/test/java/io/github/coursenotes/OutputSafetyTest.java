package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.output.StagingWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build refuses output folders that would destroy the author's files, and touches nothing
 * when it refuses. Runs through {@link SiteBuilder#build}; the checks themselves are unit-tested
 * in {@code OutputGuardTest}.
 */
class OutputSafetyTest {

    @TempDir
    Path folder;

    private TestProject project;
    private SortedMap<String, String> before;

    @BeforeEach
    void createAProject() {
        project = TestProject.minimal(folder.resolve("course"));
        project.write("templates/assets/extra.css", "/* mine */");
        before = SiteTree.snapshot(folder);
    }

    @Test
    void contentFolderAsOutputIsRefused() {
        assertRefused(config -> config.outputDirectory(project.path("content")), "content:1:1: output folder "
                + project.path("content") + " is or contains " + project.path("content")
                + ", which the generator must never replace");
    }

    @Test
    void templatesFolderAsOutputIsRefused() {
        assertRefused(config -> config.outputDirectory(project.path("templates")), "templates:1:1: output folder "
                + project.path("templates") + " is or contains " + project.path("templates")
                + ", which the generator must never replace");
    }

    @Test
    void projectFolderAsOutputIsRefused() {
        assertRefused(config -> config.outputDirectory(project.root()), ".:1:1: output folder " + project.root()
                + " is or contains " + project.root() + ", which the generator must never replace");
    }

    @Test
    void folderContainingTheProjectIsRefused() {
        assertRefused(config -> config.outputDirectory(folder), folder + ":1:1: output folder " + folder
                + " is or contains " + project.root() + ", which the generator must never replace");
    }

    @Test
    void folderInsideContentIsRefused() {
        assertRefused(config -> config.outputDirectory(project.path("content/site")), "content/site:1:1: output "
                + "folder " + project.path("content/site") + " is inside " + project.path("content")
                + ": the site would be read back as input; choose an outputDirectory outside it");
    }

    @Test
    void fileSystemRootIsRefused() {
        assertRefused(config -> config.outputDirectory(Path.of("/")), "/:1:1: output folder / is the file-system root");
    }

    @Test
    void homeFolderIsRefused() throws Exception {
        Path home = Files.createDirectories(folder.resolve("home"));
        Files.writeString(home.resolve(".profile"), "precious");
        before = SiteTree.snapshot(folder);
        String realHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            assertRefused(config -> config.outputDirectory(home), home + ":1:1: output folder " + home
                    + " is your home folder");
        } finally {
            System.setProperty("user.home", realHome);
        }
    }

    @Test
    void foreignFolderIsNotReplaced() {
        project.write("site/my-notes.txt", "not generated");
        before = SiteTree.snapshot(folder);
        assertRefused(UnaryOperator.identity(), "site:1:1: output folder " + project.site()
                + " is not empty and was not created by coursenotes (no .coursenotes-site file); "
                + "move its files away or choose another outputDirectory");
    }

    @Test
    void emptyFolderIsReplacedAndMarked() throws Exception {
        Files.createDirectories(project.site());
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertTrue(Files.exists(project.site().resolve(".coursenotes-site")));
        assertTrue(Files.exists(project.site().resolve("index.html")));
    }

    @Test
    void siteOfAnEarlierBuildIsReplacedWithoutLeftovers() throws Exception {
        assertEquals(List.of(), messages(project.build()));
        project.write("content/01-basics/02-second.md", "# Second\n");
        assertEquals(List.of(), messages(project.build()));
        assertTrue(Files.exists(project.site().resolve("basics/second.html")));
        try (var siblings = Files.list(project.root())) {
            assertEquals(List.of("content", "site", "templates"),
                    siblings.map(path -> path.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSecondBuildOfTheSameSiteAtTheSameTimeFailsWithoutTouchingTheFirst() throws Exception {
        assertEquals(List.of(), messages(project.build()));
        SortedMap<String, String> site = SiteTree.snapshot(project.site());
        try (var running = StagingWriter.open(project.site(), null)) {
            running.write("index.html", "the first build's page");
            BuildResult second = project.build();
            assertFalse(second.written());
            assertEquals(List.of("site:1:1: another build is writing " + project.site() + " right now (it holds site.lock);"
                    + " let it finish and build again, e.g. stop 'coursenotes:serve' or wait for its rebuild"),
                    messages(second));
            assertTrue(Files.exists(running.stagingFolder().resolve("index.html")));
        }
        assertEquals(site, SiteTree.snapshot(project.site()));
        assertEquals(List.of(), messages(project.build()), "the lock is gone with the first build");
    }

    private void assertRefused(UnaryOperator<BuildConfig.Builder> settings, String expected) {
        BuildResult result = project.build(settings);
        assertEquals(List.of(expected), messages(result));
        assertFalse(result.written());
        assertEquals(before, SiteTree.snapshot(folder), "nothing may change");
    }
}
