package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two builds from writing the same output folder at once: the second one fails at once with
 * {@link OutputLockedException} instead of deleting the first one's staging folder as a leftover.
 * The lock is a file {@code site.lock} beside the output folder {@code site}, locked with
 * {@link FileLock} (which the operating system releases when a build is killed) and deleted again
 * by the build that created or reused it.
 *
 * <p>Deleting a lock file races with a build that opened it just before: the holder therefore writes
 * {@link #RELEASED} into the file before it deletes it and lets go, and a build that then gets the
 * lock of a released file opens the path again. Builds of one JVM are kept apart by {@link #HELD}
 * first, because on POSIX systems closing a second channel on the file would drop the lock.
 *
 * <p>A build that replaces files in place ({@link InPlaceWriter}, the preview server) takes the
 * lock {@linkplain #share shared}: the preview server writes an edited page while the course
 * outputs of the edit before are still being written, so the in-place writers of one JVM hold
 * it together; any other build, here or in another process, is kept out meanwhile.
 */
public final class BuildLock implements AutoCloseable {

    static final String HEADER = "coursenotes build lock, process ";
    static final String RELEASED = "released\n";
    private static final int ATTEMPTS = 5;
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    /** The locks held shared in this JVM, by lock file, with their number of holders; guarded by itself. */
    private static final Map<Path, Shared> SHARED = new HashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: {@code site.lock} beside {@code site}. */
    public static Path fileFor(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.resolveSibling(target.getFileName() + ".lock");
    }

    /** Locks {@code output} (an absolute, normalized path) for this build; fails fast if another build has it. */
    public static BuildLock acquire(Path output) throws IOException {
        Path file = fileFor(output);
        if (!HELD.add(file)) {
            throw new OutputLockedException(output, file);
        }
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    throw new OutputLockedException(output, file);
                }
                String content = read(channel);
                // A released file was deleted by its holder after this build opened it: open the path again.
                // On the last attempt it is a holder killed between writing the mark and deleting the file.
                if (content.endsWith(RELEASED) && attempt < ATTEMPTS) {
                    lock.release();
                    channel.close();
                    continue;
                }
                if (!content.isEmpty() && !content.startsWith(HEADER)) {
                    lock.release();
                    channel.close();
                    throw new IOException(file + " exists and was not written by coursenotes; move it away, "
                            + "or choose another outputDirectory");
                }
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((HEADER + ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
                return new BuildLock(file, channel, lock);
            }
            throw new OutputLockedException(output, file);
        } catch (IOException | RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    /**
     * Locks {@code output} for in-place writing: with the in-place writers of this JVM that hold it
     * already, or alone if there are none; fails fast if any other build has it.
     */
    public static Shared share(Path output) throws IOException {
        Path file = fileFor(output);
        synchronized (SHARED) {
            Shared shared = SHARED.get(file);
            if (shared == null) {
                shared = new Shared(file, acquire(output));
                SHARED.put(file, shared);
            }
            shared.holders++;
            return shared;
        }
    }

    /** A lock held by one or more in-place writers of this JVM; the last to close it lets it go. */
    public static final class Shared implements AutoCloseable {

        private final Path file;
        private final BuildLock lock;
        private int holders;

        private Shared(Path file, BuildLock lock) {
            this.file = file;
            this.lock = lock;
        }

        /** Gives up one holder's share (call once per {@link #share}). */
        @Override
        public void close() throws IOException {
            synchronized (SHARED) {
                if (--holders == 0) {
                    SHARED.remove(file);
                    lock.close();
                }
            }
        }
    }

    /** Marks the file released, deletes it and lets go of the lock. */
    @Override
    public void close() throws IOException {
        try (channel) {
            channel.write(ByteBuffer.wrap(RELEASED.getBytes(StandardCharsets.UTF_8)), channel.size());
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            HELD.remove(file);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }
}
