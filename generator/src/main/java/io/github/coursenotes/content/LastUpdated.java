package io.github.coursenotes.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * When each file under {@code content/} was last changed, from git history: the date of the last
 * commit that touched it. Read with one {@code git log} for the whole course. The dates depend
 * only on the commit checked out, so builds stay deterministic; without git, outside a
 * repository, or in a shallow clone (where every file would seem changed by the oldest commit
 * fetched), there are no dates at all and pages show none.
 *
 * <p>It also tells when a file last changed to the second ({@link #changeTime}), for exports that
 * must let another program tell a newer build from an older one (Anki updates a note only when the
 * package's note is newer): the time of the commit where git has one, otherwise the file's
 * modification time.
 */
public final class LastUpdated {

    private static final String COMMIT_MARK = "\u0001";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Map<String, LocalDate> dates;
    /** Source path → the time of the last commit that changed it, in seconds since the epoch. */
    private final Map<String, Long> commitTimes;
    /** Where files without a commit time are looked up for their modification time; {@code null} for none. */
    private final Path folder;

    private LastUpdated(Map<String, LocalDate> dates, Map<String, Long> commitTimes, Path folder) {
        this.dates = Map.copyOf(dates);
        this.commitTimes = Map.copyOf(commitTimes);
        this.folder = folder;
    }

    public static LastUpdated none() {
        return new LastUpdated(Map.of(), Map.of(), null);
    }

    /**
     * The dates of the files under {@code contentDirectory}, or none when git cannot tell; change
     * times of files git does not know are their modification times.
     */
    public static LastUpdated fromGit(Path contentDirectory) {
        if (!Files.isDirectory(contentDirectory)) {
            return none();
        }
        LastUpdated withoutHistory = new LastUpdated(Map.of(), Map.of(), contentDirectory);
        Optional<String> shallow = git(contentDirectory, "rev-parse", "--is-shallow-repository");
        if (shallow.isEmpty() || !shallow.get().strip().equals("false")) {
            return withoutHistory;
        }
        return git(contentDirectory, "-c", "core.quotePath=false", "log", "--format=" + "%x01%cs %ct", "--name-only",
                "--relative", "--", ".").map(log -> parse(log, contentDirectory)).orElse(withoutHistory);
    }

    /**
     * When {@code sourcePath} (relative to {@code content/}) last changed, in seconds since the epoch:
     * its last commit, or else its modification time; empty when neither is known.
     */
    public OptionalLong changeTime(String sourcePath) {
        Long committed = commitTimes.get(sourcePath);
        if (committed != null) {
            return OptionalLong.of(committed);
        }
        if (folder == null) {
            return OptionalLong.empty();
        }
        try {
            FileTime modified = Files.getLastModifiedTime(folder.resolve(sourcePath));
            return OptionalLong.of(modified.toMillis() / 1000);
        } catch (IOException | InvalidPathException missing) {
            return OptionalLong.empty();
        }
    }

    /**
     * The commit checked out and whether the clone is shallow: the dates depend on nothing else
     * (empty outside git). Cheaper than reading the dates.
     */
    public static String gitState(Path contentDirectory) {
        if (!Files.isDirectory(contentDirectory)) {
            return "";
        }
        return git(contentDirectory, "rev-parse", "HEAD", "--is-shallow-repository").orElse("").strip();
    }

    /** The date of the last commit that changed {@code sourcePath} (relative to {@code content/}). */
    public Optional<LocalDate> of(String sourcePath) {
        return Optional.ofNullable(dates.get(sourcePath));
    }

    public boolean isEmpty() {
        return dates.isEmpty();
    }

    static LastUpdated parse(String log) {
        return parse(log, null);
    }

    /**
     * Reads {@code git log --format='%x01%cs %ct' --name-only} output: a marked line per commit with
     * its date and time (the time may be missing) followed by the files it changed. Each file keeps
     * its latest date and time.
     */
    static LastUpdated parse(String log, Path folder) {
        Map<String, LocalDate> dates = new HashMap<>();
        Map<String, Long> times = new HashMap<>();
        LocalDate current = null;
        Long currentTime = null;
        for (String line : log.split("\n")) {
            if (line.startsWith(COMMIT_MARK)) {
                String[] words = line.substring(COMMIT_MARK.length()).strip().split("\\s+");
                current = date(words[0]);
                currentTime = words.length > 1 ? seconds(words[1]) : null;
            } else if (current != null && !line.isBlank()) {
                dates.merge(line.strip(), current, (a, b) -> a.isAfter(b) ? a : b);
                if (currentTime != null) {
                    times.merge(line.strip(), currentTime, Math::max);
                }
            }
        }
        return new LastUpdated(dates, times, folder);
    }

    private static Long seconds(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> git(Path directory, String... arguments) {
        return run(command(arguments), directory, TIMEOUT);
    }

    /**
     * Runs {@code command} in {@code directory} and returns its standard output, or empty when it
     * cannot start, fails, or is still running after {@code timeout} (it is then stopped). The output
     * goes to a temporary file, not a pipe: reading a pipe to its end would wait for the process
     * however long it runs, and the timeout would never apply.
     */
    static Optional<String> run(List<String> command, Path directory, Duration timeout) {
        Path output = null;
        Process process = null;
        try {
            output = Files.createTempFile("coursenotes-git-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("GIT_PAGER", "cat");
            process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(Files.readAllBytes(output), StandardCharsets.UTF_8));
        } catch (IOException noGitOrUnreadable) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftInTheTemporaryFolder) {
            // the system's temporary folder is cleaned up by the system
        }
    }

    private static List<String> command(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        return command;
    }
}
