package io.github.coursenotes.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.SiteTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds in a forked JVM for real: the result and the site must be those of a build in this JVM. */
class ForkedBuildIT {

    @TempDir
    Path folder;

    @Test
    void buildsTheSameSiteAsABuildInThisJvm() throws Exception {
        Path forked = Fixtures.copy("basic-course", folder.resolve("forked"));
        Path here = Fixtures.copy("basic-course", folder.resolve("here"));
        BuildResult fromFork = ForkedBuild.build(Fixtures.config(forked), List.of());
        BuildResult fromHere = SiteBuilder.build(Fixtures.config(here));
        assertTrue(fromFork.written());
        assertEquals(withoutTime(fromHere), withoutTime(fromFork));
        SortedMap<String, String> site = SiteTree.snapshot(forked.resolve("site"));
        assertTrue(site.containsKey("basics/first.html"), site.keySet().toString());
        assertEquals(SiteTree.snapshot(here.resolve("site")), site);
    }

    @Test
    void theAnkiPackageIsWrittenInTheForkWhichLeavesNoTemporaryFileBehind() throws Exception {
        // SQLite's driver unpacks its native library into the temporary folder, and the package is
        // written to a temporary file before it is copied into the site
        Path project = Fixtures.copy("anki-course", folder.resolve("course"));
        Path temporary = Files.createDirectories(folder.resolve("tmp"));
        BuildResult result = ForkedBuild.build(BuildConfig.builder(project).build(), List.of("-Djava.io.tmpdir=" + temporary));
        assertTrue(result.written(), result.diagnostics().toString());
        assertTrue(Files.size(project.resolve("site/cards.apkg")) > 1000);
        try (var left = Files.list(temporary)) {
            assertEquals(List.of(), left.map(path -> path.getFileName().toString()).toList());
        }
    }

    @Test
    void problemsComeBackWithTheirPositionsAndThePreviousSiteStays() throws Exception {
        Path project = Fixtures.copy("basic-course", folder.resolve("course"));
        BuildConfig config = Fixtures.config(project);
        assertTrue(ForkedBuild.build(config, List.of()).written());
        SortedMap<String, String> before = SiteTree.snapshot(project.resolve("site"));
        Path note = project.resolve("content/01-basics/01-first.md");
        Files.writeString(note, Files.readString(note) + "\nSee [gone](gone.md) and [also gone](../nowhere.md).\n");

        BuildResult fromFork = ForkedBuild.build(config, List.of());
        BuildResult fromHere = SiteBuilder.check(config);

        assertFalse(fromFork.written());
        assertEquals(2, fromFork.diagnostics().size(), fromFork.diagnostics().toString());
        assertTrue(fromFork.diagnostics().get(0).format().startsWith("content/01-basics/01-first.md:"),
                fromFork.diagnostics().toString());
        assertEquals(fromHere.diagnostics(), fromFork.diagnostics());
        assertEquals(before, SiteTree.snapshot(project.resolve("site")));
    }

    @Test
    void aJvmThatDiesIsAnErrorThatSaysWhatToDo() {
        Path project = Fixtures.copy("basic-course", folder.resolve("course"));
        IOException thrown = assertThrows(IOException.class, () ->
                ForkedBuild.build(Fixtures.config(project), List.of("-XX:+NoSuchOptionAnywhere")));
        assertTrue(thrown.getMessage().startsWith("the build's JVM stopped (exit code 1) before it finished"),
                thrown.getMessage());
        assertTrue(thrown.getMessage().contains("-Dcoursenotes.fork=false"), thrown.getMessage());
        assertFalse(Files.exists(project.resolve("site")));
    }

    @Test
    void optionsGivenComeAfterOursSoTheyWin() {
        List<String> command = ForkedBuild.command(List.of("-Xmx2g", "-XX:TieredStopAtLevel=4"),
                Path.of("c.properties"), Path.of("r.bin"));
        int ours = command.indexOf("-XX:TieredStopAtLevel=1");
        int theirs = command.indexOf("-XX:TieredStopAtLevel=4");
        assertTrue(ours > 0 && theirs > ours && command.indexOf("-cp") > theirs, command.toString());
        assertEquals(List.of(ForkedBuild.class.getName(), "c.properties", "r.bin"),
                command.subList(command.size() - 3, command.size()));
    }

    private static BuildResult withoutTime(BuildResult result) {
        return new BuildResult(result.diagnostics(), result.written(), result.pages(), result.chapters(),
                result.cards(), 0, result.notes());
    }
}
