package io.github.coursenotes.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the site into a staging folder beside the output folder and swaps it into place on
 * {@link #commit()}, so a failed or interrupted build never leaves a half-written site. Leftovers
 * of an interrupted earlier build (which carry the marker file) are cleaned up or restored on open.
 * It holds the output's {@link BuildLock} from open to close, so no other build touches these folders meanwhile.
 *
 * <p>With a spare folder, the site that a commit replaces is moved there instead of deleted, and
 * the next build writes over it: it reuses the folder as its staging folder, overwrites the files
 * that are still made (those whose bytes did not change are not written at all: {@link OverwriteStream}),
 * and deletes the others before its commit. Creating thousands of files and
 * deleting the old ones cost more than overwriting them (several seconds of system time for a
 * 5,000-note course on the benchmark's machine). The spare folder is used only when it carries
 * the marker file; anything else there is left alone.
 */
public final class StagingWriter extends FileSink implements AutoCloseable {

    private final Path output;
    private final Path staging;
    private final BuildLock lock;
    /** Where the replaced site goes (null: it is deleted), and whether the staging folder is the previous spare. */
    private final Path spare;
    private final boolean reused;
    /** Every file written into a reused folder, so that its files that were not can be deleted. */
    private final Set<Path> written = ConcurrentHashMap.newKeySet();
    private boolean committed;

    private StagingWriter(Path output, Path staging, BuildLock lock, Path spare, boolean reused) {
        this.output = output;
        this.staging = staging;
        this.lock = lock;
        this.spare = spare;
        this.reused = reused;
        written.add(staging.resolve(OutputGuard.MARKER));
    }

    /**
     * Opens a staging folder for {@code output}, reusing {@code spare} if it holds a site this
     * generator wrote, and keeping the replaced site there on commit; {@code spare} may be null,
     * and is ignored when it is inside the output folder or holds it.
     *
     * @throws OutputLockedException when another build is writing the same output folder
     */
    public static StagingWriter open(Path output, Path spare) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path spareFolder = spare == null ? null : spare.toAbsolutePath().normalize();
        if (spareFolder != null && (spareFolder.startsWith(target) || target.startsWith(spareFolder))) {
            spareFolder = null;
        }
        Files.createDirectories(target.getParent());
        BuildLock lock = BuildLock.acquire(target);
        try {
            recoverInterruptedSwap(target);
            Path staging = target.resolveSibling(target.getFileName() + ".staging-" + UUID.randomUUID());
            boolean reused = spareFolder != null && reuse(spareFolder, staging);
            if (!reused) {
                Files.createDirectory(staging);
            }
            Files.writeString(staging.resolve(OutputGuard.MARKER), "Written by coursenotes; this folder is replaced on every build.\n");
            return new StagingWriter(target, staging, lock, spareFolder, reused);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Moves the spare folder to be the staging folder, if it holds a site this generator wrote and can be moved. */
    private static boolean reuse(Path spare, Path staging) {
        if (!Files.isRegularFile(spare.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UnsupportedOperationException notHere) {
            return false; // e.g. on another file system: build into a new folder
        }
    }

    /** Replaces the output folder with the staged site. */
    public void commit() throws IOException {
        if (reused) {
            deleteUnwritten();
        }
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
                if (!keepAsSpare(old)) {
                    deleteOwnFolder(old);
                }
            } else {
                Files.deleteIfExists(old); // an empty folder, as OutputGuard demands
            }
        }
    }

    /** Moves the replaced site to the spare folder, if there is one and nothing is in its way. */
    private boolean keepAsSpare(Path old) {
        if (spare == null || Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectories(spare.getParent());
            Files.move(old, spare, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | UnsupportedOperationException notHere) {
            return false;
        }
    }

    /** In a reused folder: deletes the files this build did not write, and the folders left empty. */
    private void deleteUnwritten() throws IOException {
        try (var walk = Files.walk(staging)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (path.equals(staging)) {
                    continue;
                }
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    deleteIfEmptyFolder(path);
                } else if (!written.contains(path)) {
                    Files.delete(path);
                }
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

    /** In a reused folder, files are written over the previous build's: what has not changed is not written again. */
    @Override
    OutputStream stream(Path file) throws IOException {
        return reused ? OverwriteStream.open(file) : super.stream(file);
    }

    @Override
    Path prepare(String path) throws IOException {
        Path file = staging.resolve(path).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + path);
        }
        if (!reused) {
            Files.createDirectories(file.getParent());
            return file;
        }
        written.add(file);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(file); // the previous build's folder where this file goes now
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException aFileInTheWay) {
            clearParents(file);
        }
        return file;
    }

    /**
     * In a reused folder, the previous build may have written a file where {@code file} needs a
     * folder: deletes it and makes the folders, one thread at a time, so that no thread deletes
     * what another has just made.
     */
    private void clearParents(Path file) throws IOException {
        synchronized (written) {
            for (Path parent = file.getParent(); !parent.equals(staging); parent = parent.getParent()) {
                if (Files.isRegularFile(parent, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(parent);
                }
            }
            Files.createDirectories(file.getParent());
        }
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
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    private static Path[] sorted(DirectoryStream<Path> stream) {
        List<Path> list = new ArrayList<>();
        stream.forEach(list::add);
        Path[] array = list.toArray(Path[]::new);
        Arrays.sort(array);
        return array;
    }

    /** Deletes a folder this generator wrote (it holds the marker file); anything else is left alone. */
    static void deleteOwnFolder(Path folder) throws IOException {
        if (Files.exists(folder.resolve(OutputGuard.MARKER))) {
            deleteTree(folder);
        }
    }

    /** Deletes {@code folder} and everything in it, deepest first. */
    private static void deleteTree(Path folder) throws IOException {
        try (var walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
