package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render that fails returns only once every task it started has ended, so that the staging folder
 * is removed and the lock released after the last write. The race is made deterministic: one output
 * blocks until another has failed and the renderer is waiting for it, or has returned without waiting.
 */
class SiteRendererTest {

    @TempDir
    Path project;

    @Test
    @Timeout(60)
    void aFailedFullRenderReturnsOnlyAfterEveryStartedTaskEnded() throws Exception {
        assertWaitsForEveryTask("basics/first.html", "search.html", SiteRenderer::render);
    }

    @Test
    @Timeout(60)
    void aFailedRenderOfThePagesAndFilesReturnsOnlyAfterEveryStartedTaskEnded() throws Exception {
        assertWaitsForEveryTask("assets/style.css", "basics/second.html", SiteRenderer::renderPagesAndFiles);
    }

    /** The write of {@code failingPath} fails; the write of {@code slowPath} ends only after that. */
    private void assertWaitsForEveryTask(String failingPath, String slowPath, Render render) {
        SiteContext site = site();
        Thread caller = Thread.currentThread();
        AtomicBoolean returned = new AtomicBoolean();
        AtomicBoolean slowWriteEnded = new AtomicBoolean();
        CountDownLatch failed = new CountDownLatch(1);
        OutputSink sink = new BlockingSink((path, action) -> {
            if (path.equals(failingPath)) {
                failed.countDown();
                throw new UncheckedIOException(new IOException("disk full"));
            }
            if (path.equals(slowPath)) {
                // on the caller's own thread the render cannot return before this write ends
                block(() -> failed.getCount() == 0
                        && (Thread.currentThread() == caller || returned.get() || waitingForThePool(caller)));
                slowWriteEnded.set(true);
            }
        });

        boolean endedBeforeReturn;
        try {
            assertThrows(UncheckedIOException.class, () -> render.run(new SiteRenderer(site), sink, new Diagnostics()));
        } finally {
            endedBeforeReturn = slowWriteEnded.get();
            returned.set(true);
        }
        assertTrue(endedBeforeReturn, "the render returned while the write of " + slowPath + " was still running");
    }

    private interface Render {
        void run(SiteRenderer renderer, OutputSink sink, Diagnostics diagnostics);
    }

    /** Whether {@code thread} waits for a pool's tasks to end (not for its result, which it waits for from the start). */
    private static boolean waitingForThePool(Thread thread) {
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("awaitTermination"));
    }

    /** Waits until {@code condition} holds, letting the pool start another thread meanwhile. */
    private static void block(BooleanSupplier condition) {
        try {
            ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
                @Override
                public boolean block() {
                    while (!condition.getAsBoolean()) {
                        LockSupport.parkNanos(100_000);
                    }
                    return true;
                }

                @Override
                public boolean isReleasable() {
                    return condition.getAsBoolean();
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private SiteContext site() {
        CourseFiles.Checked course = CourseFiles.in(project)
                .file("index.md", "# Home\n")
                .file("01-basics/01-first.md", "# First\n")
                .file("01-basics/02-second.md", "# Second\n")
                .loadChecked();
        return new SiteContext(course.course(), course.pages(), Theme.load(null),
                new SiteSettings("Course", null, null, null, true, null), LastUpdated.none());
    }

    /** Discards what it is given, after running {@code before} with the path and what is written. */
    private record BlockingSink(BiConsumer<String, String> before) implements OutputSink {

        @Override
        public void write(String path, byte[] bytes) {
            before.accept(path, "write");
        }

        @Override
        public void copy(String path, Path source) {
            before.accept(path, "copy");
        }

        @Override
        public Writer writer(String path) {
            before.accept(path, "writer");
            return Writer.nullWriter();
        }
    }
}
