package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real build (a separate JVM) while it writes its staging folder: the previous site must
 * be exactly as it was, and the next build must clean up what the killed one left.
 */
class KilledBuildIT {

    private static final int NOTES = 300;

    @TempDir
    Path folder;

    @Test
    void buildKilledWhileWritingLeavesThePreviousSiteIntact() throws Exception {
        TestProject project = TestProject.minimal(folder.resolve("course"));
        assertEquals(List.of(), messages(project.build()));
        SortedMap<String, String> previousSite = SiteTree.snapshot(project.site());
        addManyNotes(project);

        Process build = startBuild(project.root());
        Path staging = awaitStagingWithPages(project.root(), build);
        build.destroyForcibly();
        assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the killed build did not end");

        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the killed build changed the site");
        assertTrue(Files.exists(staging), "the killed build left its staging folder (this is what recovery cleans)");
        int written = SiteTree.htmlPages(staging).size();
        assertTrue(written < NOTES, "killed midway: " + written + " of " + (NOTES + 4) + " pages were written");

        deleteManyNotes(project);
        BuildResult next = project.build();
        assertEquals(List.of(), messages(next));
        assertTrue(next.written());
        assertEquals(List.of("content", "site"), entries(project.root()), "leftovers were not cleaned up");
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the same input gives the same site");
    }

    private static Process startBuild(Path project) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BuildInAnotherProcess.class.getName(), project.toString())
                .redirectErrorStream(true)
                .redirectOutput(project.resolveSibling("build.log").toFile())
                .start();
    }

    /** Waits until the build has written some pages into its staging folder, and returns that folder. */
    private static Path awaitStagingWithPages(Path project, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Optional<Path> staging = stagingFolder(project);
            if (staging.isPresent() && Files.exists(staging.get().resolve("basics/note-5.html"))) {
                return staging.get();
            }
            if (!build.isAlive()) {
                fail("the build ended (exit " + build.exitValue() + ") before it could be killed; log: "
                        + Files.readString(project.resolveSibling("build.log")));
            }
            Thread.sleep(5);
        }
        build.destroyForcibly();
        return fail("no staging folder with pages appeared within 120 s");
    }

    private static Optional<Path> stagingFolder(Path project) throws IOException {
        try (Stream<Path> list = Files.list(project)) {
            return list.filter(path -> path.getFileName().toString().startsWith("site.staging-")).findFirst();
        }
    }

    /** Enough notes that rendering them takes a while: the kill must land in the middle of it. */
    private static void addManyNotes(TestProject project) {
        String section = "Some prose with *emphasis* and a [link](#section-0). ".repeat(40) + "\n\n";
        for (int i = 1; i <= NOTES; i++) {
            StringBuilder note = new StringBuilder("# Note " + i + "\n\n");
            for (int s = 0; s < 20; s++) {
                note.append("## Section ").append(s).append("\n\n").append(section);
            }
            project.write("content/01-basics/" + (i + 1) + "-note-" + i + ".md", note.toString());
        }
    }

    private static void deleteManyNotes(TestProject project) throws IOException {
        for (int i = 1; i <= NOTES; i++) {
            Files.delete(project.path("content/01-basics/" + (i + 1) + "-note-" + i + ".md"));
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
