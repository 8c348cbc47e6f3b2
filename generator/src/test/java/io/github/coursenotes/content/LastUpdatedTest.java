package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LastUpdatedTest {

    @TempDir
    Path folder;

    @Test
    void eachFileGetsTheDateOfTheLatestCommitThatChangedIt() {
        LastUpdated dates = LastUpdated.parse("""
                \u00012024-05-03

                01-deploy/02-canary.md
                \u00012024-04-01

                01-deploy/02-canary.md
                index.md
                \u00012024-06-09

                index.md
                """);
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), dates.of("01-deploy/02-canary.md"));
        assertEquals(Optional.of(LocalDate.of(2024, 6, 9)), dates.of("index.md"));
        assertEquals(Optional.empty(), dates.of("other.md"));
    }

    @Test
    @Timeout(60)
    void aCommandStillRunningAfterTheTimeoutGivesNothingAndIsStopped() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        // writes at once, then keeps its output open: reading it to the end would wait for the sleep
        Optional<String> output = LastUpdated.run(List.of("/bin/sh", "-c", "echo partial; exec sleep 20"), folder,
                Duration.ofMillis(200));
        assertEquals(Optional.empty(), output);
    }

    @Test
    void aCommandThatEndsInTimeGivesItsOutput() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        assertEquals(Optional.of("done\n"), LastUpdated.run(List.of("/bin/sh", "-c", "echo done"), folder,
                Duration.ofSeconds(30)));
    }

    @Test
    void aFolderOutsideGitHasNoDates() throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        for (Path parent = folder.toAbsolutePath(); parent != null; parent = parent.getParent()) {
            Assumptions.assumeFalse(Files.exists(parent.resolve(".git")), "temporary folder is inside a git checkout");
        }
        assertTrue(LastUpdated.fromGit(content).isEmpty());
    }

    @Test
    void readsTheCommitDatesOfTheContentFolderFromGit() throws Exception {
        Files.createDirectories(folder.resolve("content/01-deploy"));
        GitRepository repository = GitRepository.init(folder);
        Files.writeString(folder.resolve("content/index.md"), "# Home\n");
        Files.writeString(folder.resolve("content/01-deploy/canary.md"), "# Canary\n");
        Files.writeString(folder.resolve("README.md"), "outside content\n");
        repository.commitAll("2024-01-15T10:00:00+00:00");
        Files.writeString(folder.resolve("content/01-deploy/canary.md"), "# Canary, revised\n");
        repository.commitAll("2024-03-02T23:30:00+00:00");

        LastUpdated dates = LastUpdated.fromGit(folder.resolve("content"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), dates.of("index.md"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), dates.of("01-deploy/canary.md"));
        assertEquals(Optional.empty(), dates.of("README.md"));
        assertEquals(OptionalLong.of(1_709_422_200L), dates.changeTime("01-deploy/canary.md"), "2024-03-02T23:30:00Z");
    }

    @Test
    void aFileGitDoesNotKnowChangedWhenItWasModified() throws Exception {
        Files.createDirectories(folder.resolve("content"));
        GitRepository repository = GitRepository.init(folder);
        Files.writeString(folder.resolve("content/index.md"), "# Home\n");
        repository.commitAll("2024-01-15T10:00:00+00:00");
        Files.writeString(folder.resolve("content/new.md"), "# New, not committed\n");
        Files.setLastModifiedTime(folder.resolve("content/new.md"), FileTime.fromMillis(1_800_000_000_123L));

        LastUpdated dates = LastUpdated.fromGit(folder.resolve("content"));
        assertEquals(OptionalLong.of(1_705_312_800L), dates.changeTime("index.md"));
        assertEquals(OptionalLong.of(1_800_000_000L), dates.changeTime("new.md"));
        assertEquals(Optional.empty(), dates.of("new.md"), "pages show only dates from git");
        assertEquals(OptionalLong.empty(), dates.changeTime("missing.md"));
    }

    @Test
    void withoutGitFilesChangedWhenTheyWereModified() throws IOException {
        Path content = Files.createDirectories(folder.resolve("content"));
        for (Path parent = folder.toAbsolutePath(); parent != null; parent = parent.getParent()) {
            Assumptions.assumeFalse(Files.exists(parent.resolve(".git")), "temporary folder is inside a git checkout");
        }
        Files.writeString(content.resolve("index.md"), "# Home\n");
        Files.setLastModifiedTime(content.resolve("index.md"), FileTime.fromMillis(1_790_000_000_999L));
        assertEquals(OptionalLong.of(1_790_000_000L), LastUpdated.fromGit(content).changeTime("index.md"));
        assertEquals(OptionalLong.empty(), LastUpdated.none().changeTime("index.md"));
    }

    @Test
    void aShallowCloneHasNoDates() throws Exception {
        Path origin = Files.createDirectories(folder.resolve("origin/content"));
        GitRepository repository = GitRepository.init(origin.getParent());
        Files.writeString(origin.resolve("index.md"), "# Home\n");
        repository.commitAll("2024-01-15T10:00:00+00:00");
        Files.writeString(origin.resolve("other.md"), "# Other\n");
        repository.commitAll("2024-02-15T10:00:00+00:00");
        repository.git(null, "clone", "-q", "--depth", "1", origin.getParent().toUri().toString(), "../shallow");

        assertTrue(Files.isRegularFile(folder.resolve("shallow/content/other.md")));
        assertTrue(LastUpdated.fromGit(folder.resolve("shallow/content")).isEmpty());
        Files.setLastModifiedTime(folder.resolve("shallow/content/other.md"), FileTime.fromMillis(1_790_000_000_000L));
        assertEquals(OptionalLong.of(1_790_000_000L), LastUpdated.fromGit(folder.resolve("shallow/content")).changeTime("other.md"),
                "a shallow clone's files changed when they were checked out");
    }
}
