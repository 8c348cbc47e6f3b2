package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes the site into a staging folder beside the output folder and swaps it into place on
 * {@link #commit()}, so a failed or interrupted build never leaves a half-written site. Leftovers
 * of an interrupted earlier build (which carry the marker file) are cleaned up or restored on open.
 * It holds the output's {@link BuildLock} from open to close, so no other build touches these folders meanwhile.
 */
public final class StagingWriter extends FileSink implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final BuildLock lock;
    private boolean committed;

    private StagingWriter(Path output, Path staging, BuildLock lock) {
        this.output = output;
        this.staging = staging;
        this.lock = lock;
    }

    /**
     * Opens a staging folder for {@code output}; call {@link OutputGuard#check} first.
     *
     * @throws OutputLockedException when another build is writing the same output folder
     */
    public static StagingWriter open(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        BuildLock lock = BuildLock.acquire(target);
        try {
            recoverInterruptedSwap(target);
            Path staging = target.resolveSibling(target.getFileName() + ".staging-" + UUID.randomUUID());
            Files.createDirectory(staging);
            Files.writeString(staging.resolve(OutputGuard.MARKER), "Written by coursenotes; this folder is replaced on every build.\n");
            return new StagingWriter(target, staging, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Replaces the output folder with the staged site. */
    public void commit() throws IOException {
        Path old = null;
        if (Files.exists(output)) {
            old = output.resolveSibling(output.getFileName() + ".old-" + UUID.randomUUID());
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            if (Files.exists(old.resolve(OutputGuard.MARKER))) {
                deleteOwnFolder(old);
            } else {
                Files.deleteIfExists(old); // an empty folder, as OutputGuard demands
            }
        }
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        try (lock) {
            if (!committed) {
                deleteOwnFolder(staging);
            }
        }
    }

    public Path stagingFolder() {
        return staging;
    }

    @Override
    Path prepare(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + path);
        }
        Files.createDirectories(file.getParent());
        return file;
    }

    /**
     * A build killed between the two moves of {@link #commit()} leaves no output but an {@code .old-}
     * folder: put it back. Staging folders of killed builds are deleted, and so are the empty
     * folders a build killed while deleting one leaves behind.
     */
    private static void recoverInterruptedSwap(Path output) throws IOException {
        String name = output.getFileName().toString();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent(),
                entry -> entry.getFileName().toString().startsWith(name + ".staging-")
                        || entry.getFileName().toString().startsWith(name + ".old-"))) {
            Path[] leftovers = sorted(siblings);
            for (Path leftover : leftovers) {
                if (!Files.exists(leftover.resolve(OutputGuard.MARKER))) {
                    deleteIfEmptyFolder(leftover); // killed after deleting its last file
                    continue;
                }
                if (leftover.getFileName().toString().startsWith(name + ".old-") && !Files.exists(output)) {
                    Files.move(leftover, output, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteOwnFolder(leftover);
                }
            }
        }
    }

    private static void deleteIfEmptyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Path[] sorted(DirectoryStream<Path> stream) {
        java.util.List<Path> list = new java.util.ArrayList<>();
        stream.forEach(list::add);
        Path[] array = list.toArray(Path[]::new);
        Arrays.sort(array);
        return array;
    }

    /** Deletes a folder this generator wrote (it holds the marker file); anything else is left alone. */
    static void deleteOwnFolder(Path folder) throws IOException {
        if (!Files.exists(folder.resolve(OutputGuard.MARKER))) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
