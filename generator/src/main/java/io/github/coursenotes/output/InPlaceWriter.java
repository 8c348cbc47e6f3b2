package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Replaces some files of a site this generator wrote, in place: the preview server's rebuild of a
 * few pages. Each file is written to a hidden temporary file beside it and renamed over it on
 * {@link #commit()}, so a reader sees the old file or the new one, never half of one; files the
 * generator did not write are never touched, and nothing is deleted but the temporary files.
 * From open to close it holds the output's {@link BuildLock}, shared with the other in-place
 * writers of this JVM, so no other build swaps or writes the folder meanwhile.
 */
public final class InPlaceWriter extends FileSink implements AutoCloseable {

    private static final String TEMPORARY_PREFIX = ".coursenotes-tmp-";

    private final Path site;
    private final BuildLock.Shared lock;
    /** Temporary file → the file it replaces, in writing order. */
    private final Map<Path, Path> written = new LinkedHashMap<>();
    private boolean committed;

    private InPlaceWriter(Path site, BuildLock.Shared lock) {
        this.site = site;
        this.lock = lock;
    }

    /**
     * Opens {@code site} for replacing files; it must be a site this generator wrote (it holds the marker file).
     *
     * @throws OutputLockedException when another build is writing the same site folder
     */
    public static InPlaceWriter open(Path site) throws IOException {
        Path folder = site.toAbsolutePath().normalize();
        if (!Files.isRegularFile(folder.resolve(OutputGuard.MARKER))) {
            throw new IllegalStateException(folder + " is not a site written by coursenotes (no " + OutputGuard.MARKER
                    + " file)");
        }
        return new InPlaceWriter(folder, BuildLock.share(folder));
    }

    /** Moves every written file into place, each with one atomic rename. */
    public void commit() throws IOException {
        synchronized (written) {
            for (Map.Entry<Path, Path> file : written.entrySet()) {
                Files.move(file.getKey(), file.getValue(), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        }
    }

    /** Deletes the temporary files unless they were committed, and lets go of the lock. */
    @Override
    public void close() throws IOException {
        try (lock) {
            synchronized (written) {
                if (!committed) {
                    for (Path temporary : written.keySet()) {
                        Files.deleteIfExists(temporary);
                    }
                }
            }
        }
    }

    @Override
    Path prepare(String path) throws IOException {
        Path file = site.resolve(path).normalize();
        if (!file.startsWith(site) || file.equals(site)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + path);
        }
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID() + "-" + file.getFileName());
        synchronized (written) {
            if (written.containsValue(file)) {
                throw new IllegalStateException("written twice: " + path);
            }
            written.put(temporary, file);
        }
        return temporary;
    }
}
