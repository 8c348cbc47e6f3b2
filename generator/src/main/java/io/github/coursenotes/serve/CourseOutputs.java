package io.github.coursenotes.serve;

import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.incremental.IncrementalBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Writes the whole-course outputs (practice page, exports, search, print page, sitemap...) on a
 * thread of their own after an incremental rebuild, so that the reload of the edited page does
 * not wait for them; a request for one of those files waits until it is current.
 */
final class CourseOutputs implements AutoCloseable {

    private static final long WAIT_SECONDS = 120;

    private final IncrementalBuild session;
    private final ServeLog log;
    private final Consumer<List<Diagnostic>> onFailed;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "coursenotes-course-outputs");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> latest = CompletableFuture.completedFuture(null);

    CourseOutputs(IncrementalBuild session, ServeLog log, Consumer<List<Diagnostic>> onFailed) {
        this.session = session;
        this.log = log;
        this.onFailed = onFailed;
    }

    /** Writes the outputs of the latest incremental rebuild after those already queued. */
    void refresh() {
        if (!executor.isShutdown()) {
            latest = executor.submit((Runnable) this::write);
        }
    }

    /** Waits until the outputs are current if {@code path} (relative to the site, e.g. {@code practice.html}) is one of them. */
    void awaitCurrent(String path) {
        if (!session.courseOutputPaths().contains(path)) {
            return;
        }
        try {
            latest.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // served as they are; the failure was logged by write()
        }
    }

    private void write() {
        long start = System.nanoTime();
        try {
            List<Diagnostic> problems = session.writeCourseOutputs();
            problems.forEach(problem -> log.error(problem.format()));
            if (problems.stream().anyMatch(Diagnostic::isError)) {
                onFailed.accept(problems);
            } else {
                log.info("coursenotes: course outputs (practice, exports, search, print, sitemap) written in "
                        + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        } catch (IOException | UncheckedIOException e) {
            log.error("coursenotes: cannot write the course outputs: " + e.getMessage());
        }
    }

    /**
     * Stops taking work and waits for the outputs being written to be done, so that the server
     * stops with a whole site and its lock on the site folder let go.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
