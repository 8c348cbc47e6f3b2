package io.github.coursenotes.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file under {@code content/} was last changed, from git history: the date of the last
 * commit that touched it. Read with one {@code git log} for the whole course. The dates depend
 * only on the commit checked out, so builds stay deterministic; without git, outside a
 * repository, or in a shallow clone (where every file would seem changed by the oldest commit
 * fetched), there are no dates at all and pages show none.
 */
public final class LastUpdated {

    private static final String COMMIT_MARK = "\u0001";
    private static final long TIMEOUT_SECONDS = 60;

    private final Map<String, LocalDate> dates;

    private LastUpdated(Map<String, LocalDate> dates) {
        this.dates = Map.copyOf(dates);
    }

    public static LastUpdated none() {
        return new LastUpdated(Map.of());
    }

    /** The dates of the files under {@code contentDirectory}, or none when git cannot tell. */
    public static LastUpdated fromGit(Path contentDirectory) {
        if (!Files.isDirectory(contentDirectory)) {
            return none();
        }
        Optional<String> shallow = git(contentDirectory, "rev-parse", "--is-shallow-repository");
        if (shallow.isEmpty() || !shallow.get().strip().equals("false")) {
            return none();
        }
        return git(contentDirectory, "-c", "core.quotePath=false", "log", "--format=" + "%x01%cs", "--name-only",
                "--relative", "--", ".").map(LastUpdated::parse).orElseGet(LastUpdated::none);
    }

    /** The date of the last commit that changed {@code sourcePath} (relative to {@code content/}). */
    public Optional<LocalDate> of(String sourcePath) {
        return Optional.ofNullable(dates.get(sourcePath));
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    /**
     * Reads {@code git log --format=%x01%cs --name-only} output: a marked date line per commit
     * followed by the files it changed. Each file keeps its latest date.
     */
    static LastUpdated parse(String log) {
        Map<String, LocalDate> dates = new HashMap<>();
        LocalDate current = null;
        for (String line : log.split("\n")) {
            if (line.startsWith(COMMIT_MARK)) {
                current = date(line.substring(COMMIT_MARK.length()).strip());
            } else if (current != null && !line.isBlank()) {
                dates.merge(line.strip(), current, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return new LastUpdated(dates);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> git(Path directory, String... arguments) {
        ProcessBuilder builder = new ProcessBuilder(command(arguments))
                .directory(directory.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        Process process;
        try {
            process = builder.start();
        } catch (IOException noGit) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroy();
        }
    }

    private static List<String> command(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        return command;
    }
}
