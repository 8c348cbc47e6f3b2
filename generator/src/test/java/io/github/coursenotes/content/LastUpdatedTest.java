package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastUpdatedTest {

    @TempDir
    Path repository;

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
    void aFolderOutsideGitHasNoDates() throws IOException {
        Path content = Files.createDirectories(repository.resolve("content"));
        assumeNotInsideARepository(content);
        assertTrue(LastUpdated.fromGit(content).isEmpty());
    }

    @Test
    void readsTheCommitDatesOfTheContentFolderFromGit() throws Exception {
        Path content = Files.createDirectories(repository.resolve("content/01-deploy"));
        assumeNotInsideARepository(repository);
        git(repository, null, "init", "-q");
        Files.writeString(repository.resolve("content/index.md"), "# Home\n");
        Files.writeString(repository.resolve("content/01-deploy/canary.md"), "# Canary\n");
        Files.writeString(repository.resolve("README.md"), "outside content\n");
        commit("2024-01-15T10:00:00+00:00");
        Files.writeString(repository.resolve("content/01-deploy/canary.md"), "# Canary, revised\n");
        commit("2024-03-02T23:30:00+00:00");

        LastUpdated dates = LastUpdated.fromGit(repository.resolve("content"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), dates.of("index.md"));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), dates.of("01-deploy/canary.md"));
        assertEquals(Optional.empty(), dates.of("README.md"));
        assertTrue(Files.isDirectory(content));
    }

    @Test
    void aShallowCloneHasNoDates() throws Exception {
        Path origin = Files.createDirectories(repository.resolve("origin"));
        assumeNotInsideARepository(repository);
        git(origin, null, "init", "-q");
        Files.createDirectories(origin.resolve("content"));
        Files.writeString(origin.resolve("content/index.md"), "# Home\n");
        git(origin, "2024-01-15T10:00:00+00:00", "add", "-A");
        git(origin, "2024-01-15T10:00:00+00:00", "commit", "-q", "-m", "one");
        Files.writeString(origin.resolve("content/other.md"), "# Other\n");
        git(origin, "2024-02-15T10:00:00+00:00", "add", "-A");
        git(origin, "2024-02-15T10:00:00+00:00", "commit", "-q", "-m", "two");
        git(repository, null, "clone", "-q", "--depth", "1", origin.toUri().toString(), "shallow");

        assertTrue(LastUpdated.fromGit(repository.resolve("shallow/content")).isEmpty());
    }

    private void commit(String date) throws Exception {
        git(repository, date, "add", "-A");
        git(repository, date, "commit", "-q", "-m", "change at " + date);
    }

    private static void git(Path directory, String date, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        if (date != null) {
            builder.environment().put("GIT_AUTHOR_DATE", date);
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException noGit) {
            Assumptions.abort("git is not installed");
            return;
        }
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
    }

    /** A temporary folder inside a checkout would see that checkout's history. */
    private static void assumeNotInsideARepository(Path folder) {
        for (Path parent = folder.toAbsolutePath(); parent != null; parent = parent.getParent()) {
            Assumptions.assumeFalse(Files.exists(parent.resolve(".git")), "temporary folder is inside a git checkout");
        }
    }
}
