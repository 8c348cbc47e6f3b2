package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** A throw-away git repository for tests, with commits at chosen dates. Skips the test without git. */
public final class GitRepository {

    private final Path folder;

    private GitRepository(Path folder) {
        this.folder = folder;
    }

    /** Runs {@code git init} in {@code folder}, which must not lie inside another checkout. */
    public static GitRepository init(Path folder) {
        for (Path parent = folder.toAbsolutePath(); parent != null; parent = parent.getParent()) {
            Assumptions.assumeFalse(Files.exists(parent.resolve(".git")), "temporary folder is inside a git checkout");
        }
        GitRepository repository = new GitRepository(folder);
        repository.git(null, "init", "-q");
        return repository;
    }

    /** Commits every change, with author and committer date {@code date} (e.g. {@code 2024-03-02T10:00:00+00:00}). */
    public void commitAll(String date) {
        git(date, "add", "-A");
        git(date, "commit", "-q", "-m", "change at " + date);
    }

    /** Runs git in this repository and returns its output; fails the test on a non-zero exit. */
    public String git(String date, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", "-c", "protocol.file.allow=always"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        if (date != null) {
            builder.environment().put("GIT_AUTHOR_DATE", date);
            builder.environment().put("GIT_COMMITTER_DATE", date);
        }
        try {
            Process process;
            try {
                process = builder.start();
            } catch (IOException noGit) {
                Assumptions.abort("git is not installed");
                return "";
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), "git " + String.join(" ", arguments) + ": " + output);
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
