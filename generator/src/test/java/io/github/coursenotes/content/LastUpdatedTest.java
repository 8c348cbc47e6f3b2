package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.GitRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
    }
}
