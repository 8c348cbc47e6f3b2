package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders that would put an author's files at risk: the file-system root, the home
 * folder, the project folder, the content or templates folder, any folder that contains one of
 * them or lies inside the content or templates folder, and a non-empty folder the generator did
 * not create. Paths are compared after resolving symbolic links.
 */
public final class OutputGuard {

    /** The file the generator leaves in every site it writes, so it only ever replaces its own output. */
    public static final String MARKER = ".coursenotes-site";

    private OutputGuard() {
    }

    /**
     * Why {@code output} may not be written, or empty when it is safe.
     *
     * @param project the project folder: the output may lie inside it but not be it or contain it
     * @param sources the content and templates folders: the output may neither contain them nor lie inside them
     */
    public static Optional<String> check(Path output, Path project, List<Path> sources) {
        return check(output, project, sources, Path.of(System.getProperty("user.home")));
    }

    /** As {@link #check(Path, Path, List)}, with the home folder given (for tests). */
    public static Optional<String> check(Path output, Path project, List<Path> sources, Path home) {
        Path target = canonical(output);
        if (target.getParent() == null) {
            return Optional.of("output folder " + target + " is the file-system root");
        }
        Path homeFolder = canonical(home);
        if (homeFolder.startsWith(target)) {
            return Optional.of("output folder " + target + (homeFolder.equals(target) ? " is" : " contains")
                    + " your home folder");
        }
        for (Path folder : concat(project, sources)) {
            Path kept = canonical(folder);
            if (kept.startsWith(target)) {
                return Optional.of("output folder " + target + " is or contains " + kept
                        + ", which the generator must never replace");
            }
        }
        for (Path folder : sources) {
            Path source = canonical(folder);
            if (target.startsWith(source)) {
                return Optional.of("output folder " + target + " is inside " + source
                        + ": the site would be read back as input; choose an outputDirectory outside it");
            }
        }
        return checkExistingFolder(target);
    }

    private static Optional<String> checkExistingFolder(Path target) {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("output path " + target + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            return Optional.of("output folder " + target + " is not empty and was not created by coursenotes (no "
                    + MARKER + " file); move its files away or choose another outputDirectory");
        }
        return Optional.empty();
    }

    private static List<Path> concat(Path project, List<Path> sources) {
        return Stream.concat(Stream.of(project), sources.stream()).filter(path -> path != null).toList();
    }

    /** The absolute path with symbolic links resolved as far as the path exists. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
