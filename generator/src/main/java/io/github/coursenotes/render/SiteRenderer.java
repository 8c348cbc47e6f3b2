package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes every output of the site. The outputs run concurrently (most of them are one thread's
 * work, such as a whole-course page or export), so each must be thread-safe and write its own files;
 * the result does not depend on the order.
 *
 * <p>The whole-course outputs come first in {@link #OUTPUTS}, longest first, and the note pages last,
 * written with the print page, in its chunks of notes: short tasks.
 * {@link #render} starts the course outputs first and lets the note pages fill the cores around
 * them, so no course output is left running alone on one core at the end of the build.
 */
public final class SiteRenderer {

    /** An incremental build's outputs: the note pages and static files first, then the whole-course outputs, longest first. */
    private static final List<SiteOutput> PAGES_AND_FILES = List.of(new NotePages(), new StaticFiles());
    private static final List<SiteOutput> COURSE_OUTPUTS = List.of(
            new DeckExports(),
            new PrintPage(),
            new SearchPages(),
            new PracticePage(),
            new NotFoundPage(),
            new SiteMetadata());

    /**
     * A full build: the same outputs, the course outputs first, and last the note pages rendered
     * together with the print page (which it takes out of the course outputs).
     */
    private static final List<SiteOutput> OUTPUTS = Stream.<Stream<SiteOutput>>of(
                    COURSE_OUTPUTS.stream().filter(output -> !(output instanceof PrintPage)),
                    PAGES_AND_FILES.stream().filter(output -> !(output instanceof NotePages)),
                    Stream.of(PrintPage.withNotePages()))
            .flatMap(outputs -> outputs)
            .toList();

    private final SiteContext site;

    public SiteRenderer(SiteContext site) {
        this.site = site;
    }

    /** The paths of every file a build generates with these settings and theme, besides the course's pages and files. */
    public static Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        Set<String> paths = new TreeSet<>();
        OUTPUTS.forEach(output -> paths.addAll(output.generatedPaths(settings, theme)));
        return paths;
    }

    /** Renders everything; template problems are reported to {@code diagnostics}. */
    public void render(OutputSink sink, Diagnostics diagnostics) {
        inOwnPool(() -> writeLongestFirst(sink, diagnostics));
    }

    /**
     * Runs {@code work} in a pool of its own (parallel streams inside it use that pool too) and returns
     * only when every task it started has ended, also when one of them failed: the caller removes the
     * staging folder and releases the lock after this, so no task may still be writing then. (A failed
     * fork or parallel stream rethrows at once, while its other tasks run on.)
     */
    private static void inOwnPool(Runnable work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.invoke(ForkJoinTask.adapt(work));
        } finally {
            pool.shutdown();
            awaitTermination(pool);
        }
    }

    /** Waits for the pool's last task, even when interrupted (the interrupt is kept for the caller). */
    private static void awaitTermination(ForkJoinPool pool) {
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs in a pool's worker: forks every output but the last (the note pages and print page), which this worker
     * renders itself. A worker takes its own tasks newest first, the others steal them oldest
     * first: the other cores take the course outputs in the order of {@link #OUTPUTS} while this
     * one starts on the note pages, and whoever is free helps with those.
     */
    private void writeLongestFirst(OutputSink sink, Diagnostics diagnostics) {
        List<ForkJoinTask<?>> forked = OUTPUTS.subList(0, OUTPUTS.size() - 1).stream()
                .<ForkJoinTask<?>>map(output -> ForkJoinTask.adapt(() -> output.write(site, sink, diagnostics)).fork())
                .toList();
        OUTPUTS.get(OUTPUTS.size() - 1).write(site, sink, diagnostics);
        forked.forEach(ForkJoinTask::join);
    }

    // For an incremental build: the note pages and static files, then the
    // whole-course outputs. The two groups together write what a full build writes (SiteRendererTest).

    /** Renders the note pages and the static files only. */
    public void renderPagesAndFiles(OutputSink sink, Diagnostics diagnostics) {
        inOwnPool(() -> PAGES_AND_FILES.parallelStream().forEach(output -> output.write(site, sink, diagnostics)));
    }

    /** Renders the pages of {@code sources} (their source paths) only. */
    public void renderPages(Set<String> sources, OutputSink sink, Diagnostics diagnostics) {
        List<CheckedPage> pages = site.pages().stream().filter(page -> sources.contains(page.page().sourcePath())).toList();
        inOwnPool(() -> new NotePages().write(site, pages, sink, diagnostics));
    }

    /** Renders the whole-course outputs: everything but the note pages and static files. */
    public void renderCourseOutputs(OutputSink sink, Diagnostics diagnostics) {
        inOwnPool(() -> COURSE_OUTPUTS.parallelStream().forEach(output -> output.write(site, sink, diagnostics)));
    }
}
