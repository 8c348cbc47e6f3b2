package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildLockTest {

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

    @Test
    void aSecondWriterOfTheSameFolderFailsAndLeavesTheFirstOneAlone() throws IOException {
        try (StagingWriter first = StagingWriter.open(site(), null)) {
            first.write("index.html", "first");
            OutputLockedException locked = assertThrows(OutputLockedException.class, () -> StagingWriter.open(site(), null));
            assertTrue(locked.getMessage().contains("another build is writing " + site()), locked.getMessage());
            assertTrue(Files.exists(first.stagingFolder().resolve("index.html")), "the second build deleted the first one's files");
            first.commit();
        }
        assertEquals("first", Files.readString(site().resolve("index.html")));
        assertEquals(List.of("site"), projectEntries(), "the lock file is deleted");
        try (StagingWriter again = StagingWriter.open(site(), null)) {
            again.write("index.html", "again");
            again.commit();
        }
        assertEquals("again", Files.readString(site().resolve("index.html")));
    }

    @Test
    void otherOutputFoldersAreNotLocked() throws IOException {
        try (StagingWriter first = StagingWriter.open(site(), null);
             StagingWriter other = StagingWriter.open(project.resolve("other-site"), null)) {
            assertFalse(first.stagingFolder().equals(other.stagingFolder()));
        }
        assertEquals(List.of(), projectEntries());
    }

    @Test
    void aFileOfTheSameNameThatIsNotALockIsNeitherOverwrittenNorDeleted() throws IOException {
        Files.writeString(project.resolve("site.lock"), "my notes");
        IOException refused = assertThrows(IOException.class, () -> StagingWriter.open(site(), null));
        assertTrue(refused.getMessage().contains("was not written by coursenotes"), refused.getMessage());
        assertEquals("my notes", Files.readString(project.resolve("site.lock")));
        assertEquals(List.of("site.lock"), projectEntries());
    }

    @Test
    void aLockFileLeftByAKilledBuildIsReusedAndDeleted() throws IOException {
        Files.writeString(project.resolve("site.lock"), BuildLock.HEADER + "12345\n" + BuildLock.RELEASED);
        StagingWriter.open(site(), null).close();
        assertEquals(List.of(), projectEntries());
    }

    @Test
    void aBuildInAnotherJvmHoldsTheLockUntilItEnds() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldLockInAnotherProcess.class.getName(), site().toString()).redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", output.readLine());
            assertThrows(OutputLockedException.class, () -> StagingWriter.open(site(), null));
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, holder.exitValue());
        } finally {
            holder.destroyForcibly();
        }
        StagingWriter.open(site(), null).close();
        assertEquals(List.of(), projectEntries());
    }

    @Test
    void aKilledHolderReleasesTheLock() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldLockInAnotherProcess.class.getName(), site().toString()).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", output.readLine());
        holder.destroyForcibly();
        assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        assertEquals(List.of("site.lock"), projectEntries(), "a killed build leaves its lock file");
        StagingWriter.open(site(), null).close();
        assertEquals(List.of(), projectEntries());
    }
}
