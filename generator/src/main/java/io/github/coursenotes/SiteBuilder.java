package io.github.coursenotes;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.SiteRenderer;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.util.List;

/**
 * Builds a site: the stages of the {@link Pipeline}, load → parse → check → render → write, over the
 * whole course, all in one short method.
 */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** Builds the site into the output folder, replacing it only when there are no errors. */
    public static BuildResult build(BuildConfig config) throws IOException {
        return run(config, Theme.load(config.templatesDirectory()), true);
    }

    /** Builds with an already loaded theme, for a caller that keeps it between builds until a template changes. */
    public static BuildResult build(BuildConfig config, Theme theme) throws IOException {
        return run(config, theme, true);
    }

    /** Checks everything a build checks, templates included, and writes nothing. */
    public static BuildResult check(BuildConfig config) throws IOException {
        return run(config, Theme.load(config.templatesDirectory()), false);
    }

    private static BuildResult run(BuildConfig config, Theme theme, boolean write) throws IOException {
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        Course course = Pipeline.load(config, theme, diagnostics);
        List<ParsedPage> pages = Pipeline.parse(config, course.pagesInOrder(), diagnostics);
        List<CheckedPage> checked = Pipeline.check(config, course, pages, diagnostics, diagnostics);
        SiteContext site = Pipeline.site(config, theme, course, checked, diagnostics);
        SiteRenderer renderer = new SiteRenderer(site);
        boolean written = false;
        if (write) {
            written = Pipeline.write(config, diagnostics, sink -> renderer.render(sink, diagnostics));
        } else {
            renderer.render(OutputSink.discard(), diagnostics); // templates are checked by rendering them
        }
        return BuildResult.of(site, diagnostics.sorted(), written, diagnostics.notes(), start);
    }
}
