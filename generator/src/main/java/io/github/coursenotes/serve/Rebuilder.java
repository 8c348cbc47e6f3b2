package io.github.coursenotes.serve;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.incremental.IncrementalBuild;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the builds of the preview server one at a time on its scheduler: the first one at once,
 * then one after each burst of changes has been quiet for the debounce time. The theme is kept
 * between builds and loaded again only when something under {@code templates/} changed. An edit
 * of existing notes is rebuilt incrementally ({@link IncrementalBuild}): the changed pages are
 * written and the tabs reloaded, then the whole-course outputs follow in the background.
 */
final class Rebuilder implements AutoCloseable {

    private final ServeConfig config;
    private final ScheduledExecutorService scheduler;
    private final ServeLog log;
    private final Consumer<BuildStatus> onBuilt;
    private final Set<Path> pending = new LinkedHashSet<>();
    private final IncrementalBuild session;
    private final CourseOutputs courseOutputs;
    private ScheduledFuture<?> scheduled;
    private Theme theme;
    private int builds;
    private volatile BuildStatus status = new BuildStatus(0, false, List.of(), "not built yet", 0);

    Rebuilder(ServeConfig config, ScheduledExecutorService scheduler, ServeLog log, Consumer<BuildStatus> onBuilt) {
        this.config = config;
        this.scheduler = scheduler;
        this.log = log;
        this.onBuilt = onBuilt;
        this.session = new IncrementalBuild(config.build(), true);
        this.courseOutputs = new CourseOutputs(session, log, this::courseOutputsFailed);
    }

    /** Runs the first build and waits for it. */
    BuildStatus buildNow() throws InterruptedException {
        try {
            return scheduler.submit(this::build).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the first build failed unexpectedly", e.getCause());
        }
    }

    /** Notes changed sources and (re)starts the quiet-time countdown to the next build. */
    synchronized void changed(Collection<Path> paths) {
        // An output folder inside content/ would otherwise trigger a rebuild with every build.
        Path output = config.build().outputDirectory().toAbsolutePath().normalize();
        paths.stream().filter(path -> !path.startsWith(output)).forEach(pending::add);
        if (pending.isEmpty() || scheduler.isShutdown()) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = scheduler.schedule(this::rebuild, config.debounce().toMillis(), TimeUnit.MILLISECONDS);
    }

    BuildStatus status() {
        return status;
    }

    private void rebuild() {
        Set<Path> changed;
        synchronized (this) {
            changed = Set.copyOf(pending);
            pending.clear();
        }
        if (changed.isEmpty()) {
            return; // an earlier run already took these changes
        }
        Path templates = config.build().templatesDirectory();
        Path watched = templates == null ? null : templates.toAbsolutePath().normalize();
        if (watched != null && changed.stream().anyMatch(path -> path.startsWith(watched))) {
            theme = null;
        }
        log.info("coursenotes: " + describe(changed) + " changed, rebuilding");
        run(changed);
    }

    /** Waits until the whole-course outputs are current if {@code path} is one of them. */
    void awaitCurrent(String path) {
        courseOutputs.awaitCurrent(path);
    }

    @Override
    public void close() {
        courseOutputs.close();
    }

    private BuildStatus build() {
        return run(null);
    }

    /** A full build when {@code changed} is null, else a rebuild after those changes. */
    private BuildStatus run(Set<Path> changed) {
        long start = System.nanoTime();
        int number = ++builds;
        BuildStatus result;
        try {
            if (theme == null) {
                theme = Theme.load(config.build().templatesDirectory());
            }
            BuildResult built;
            boolean incremental = false;
            if (changed == null) {
                built = session.full(theme);
            } else {
                IncrementalBuild.Rebuild rebuild = session.update(changed, theme);
                rebuild.fullBuildReason().ifPresent(reason -> log.info("coursenotes: full rebuild: " + reason));
                built = rebuild.result();
                incremental = rebuild.fullBuildReason().isEmpty();
                if (incremental && built.written()) {
                    log.info("coursenotes: " + rebuild.pagesWritten().size() + " page(s) rewritten in "
                            + built.millis() + " ms; the course outputs follow in the background");
                }
            }
            result = BuildStatus.of(number, built);
            report(built, incremental);
            if (incremental && built.written()) {
                courseOutputs.refresh();
            }
        } catch (IOException | UncheckedIOException e) {
            session.forget();
            result = BuildStatus.fault(number, "cannot write the site: " + e.getMessage(), elapsed(start));
            log.error("coursenotes: " + result.fault());
        } catch (RuntimeException e) {
            // A bug in the pipeline must not stop the server: show it in the browser and in the log, keep watching.
            session.forget();
            result = BuildStatus.fault(number, "internal error: " + e, elapsed(start));
            log.error("coursenotes: " + result.fault());
        }
        status = result;
        onBuilt.accept(result);
        return result;
    }

    /**
     * Shows problems the background writing of the course outputs found (a template failing on some
     * data), and makes the next rebuild a full one, so that it reports them as a build would.
     */
    private void courseOutputsFailed(List<Diagnostic> problems) {
        scheduler.execute(() -> {
            session.forget();
            BuildStatus failed = new BuildStatus(++builds, false, problems, null, 0);
            status = failed;
            onBuilt.accept(failed);
        });
    }

    private void report(BuildResult built, boolean incremental) {
        built.diagnostics().forEach(diagnostic -> {
            if (diagnostic.isError()) {
                log.error(diagnostic.format());
            } else {
                log.warn(diagnostic.format());
            }
        });
        if (built.written() && built.hasErrors()) {
            log.warn("coursenotes: " + (built.diagnostics().size() - built.warningCount()) + " error(s): the preview"
                    + " shows the course with a banner linking to the problems; mvn package fails until they are fixed");
        } else if (built.written() && !incremental) {
            log.info("coursenotes: built " + built.summary());
        } else if (built.written()) {
            return;
        } else {
            log.error("coursenotes: build failed; the browser shows the problems until they are fixed");
        }
    }

    private String describe(Set<Path> changed) {
        return changed.size() == 1
                ? config.build().label(changed.iterator().next())
                : changed.size() + " files";
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
