package io.github.coursenotes.incremental;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.Pipeline;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.InPlaceWriter;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.SiteRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The site folder of {@link IncrementalBuild}: written whole through the staging folder, or page by
 * page in place, with the whole-course outputs written in place afterwards (possibly on another
 * thread). A swap of the folder waits for course outputs being written, and the other way round.
 */
final class SiteFolder {

    private final BuildConfig config;
    /** Held while the folder is swapped or the course outputs are written. */
    private final Object lock = new Object();
    private volatile Set<String> courseOutputPaths = Set.of();

    SiteFolder(BuildConfig config) {
        this.config = config;
    }

    /** Writes the whole site through the staging folder, noting which files the course outputs wrote; false if not written. */
    boolean writeWhole(SiteContext site, Diagnostics diagnostics) throws IOException {
        SiteRenderer renderer = new SiteRenderer(site);
        Set<String> paths = ConcurrentHashMap.newKeySet();
        boolean done;
        synchronized (lock) {
            done = Pipeline.write(config, diagnostics, staging -> {
                renderer.renderPagesAndFiles(staging, diagnostics);
                renderer.renderCourseOutputs(new RecordingSink(staging, paths), diagnostics);
            });
        }
        if (done) {
            courseOutputPaths = Set.copyOf(paths);
        }
        return done;
    }

    /** Replaces the pages of {@code sources} (source paths) in place, unless rendering them failed. */
    boolean replacePages(SiteContext site, Set<String> sources, Diagnostics diagnostics) throws IOException {
        try (InPlaceWriter writer = InPlaceWriter.open(config.outputDirectory())) {
            new SiteRenderer(site).renderPages(sources, writer, diagnostics);
            if (Pipeline.failed(config, diagnostics)) {
                return false;
            }
            writer.commit();
            return true;
        }
    }

    /** Writes the whole-course outputs of {@code site} in place; returns their problems (nothing is written when there are errors). */
    List<Diagnostic> writeCourseOutputs(SiteContext site) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        synchronized (lock) {
            try (InPlaceWriter writer = InPlaceWriter.open(config.outputDirectory())) {
                new SiteRenderer(site).renderCourseOutputs(writer, diagnostics);
                if (!diagnostics.hasErrors()) {
                    writer.commit();
                }
            }
        }
        return diagnostics.sorted();
    }

    /** The site paths (e.g. {@code practice.html}) written by the whole-course outputs in the last whole write. */
    Set<String> courseOutputPaths() {
        return courseOutputPaths;
    }
}
