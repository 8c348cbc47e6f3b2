package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders that would put an author's files at risk: the file-system root, the home
 * folder, the project folder, the content or templates folder or any folder that contains them,
 * and a non-empty folder the generator did not create.
 */
public final class OutputGuard {

    /** The file the generator leaves in every site it writes, so it only ever replaces its own output. */
    public static final String MARKER = ".coursenotes-site";

    private OutputGuard() {
    }

    /** Why {@code output} may not be written, or empty when it is safe. */
    public static Optional<String> check(Path output, List<Path> protectedFolders) {
        Path target = output.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            return Optional.of("output folder " + target + " is the file-system root");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (target.equals(home)) {
            return Optional.of("output folder " + target + " is your home folder");
        }
        for (Path folder : protectedFolders) {
            if (folder == null) {
                continue;
            }
            Path kept = folder.toAbsolutePath().normalize();
            if (kept.startsWith(target)) {
                return Optional.of("output folder " + target + " is or contains " + kept
                        + ", which the generator must never replace");
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of("output path " + target + " exists and is not a folder");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !isEmpty(target)) {
            return Optional.of("output folder " + target + " is not empty and was not created by coursenotes (no "
                    + MARKER + " file); move its files away or choose another outputDirectory");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
