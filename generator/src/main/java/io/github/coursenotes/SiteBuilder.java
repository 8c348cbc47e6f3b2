package io.github.coursenotes;

import io.github.coursenotes.check.CardIdChecker;
import io.github.coursenotes.check.LinkChecker;
import io.github.coursenotes.check.ResolvedLinks;
import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.markdown.SourcePositions;
import io.github.coursenotes.output.OutputGuard;
import io.github.coursenotes.output.OutputLockedException;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.output.StagingWriter;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.SiteRenderer;
import io.github.coursenotes.render.SiteSettings;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Runs the pipeline: load → parse → resolve/check → render → write. */
public final class SiteBuilder {

    private SiteBuilder() {
    }

    /** Builds the site into the output folder, replacing it only when there are no errors. */
    public static BuildResult build(BuildConfig config) throws IOException {
        return run(config, Theme.load(config.templatesDirectory()), true);
    }

    /** Builds with an already loaded theme: the preview server keeps it between rebuilds until a template changes. */
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
        Course course = ContentLoader.load(config.contentDirectory(), config.label(config.contentDirectory()) + "/",
                config.drafts(), diagnostics);
        PageParser parser = new PageParser();
        List<ParsedPage> pages = course.pagesInOrder().parallelStream()
                .map(page -> parser.parse(page, diagnostics)).toList();
        CardIdChecker.check(pages, diagnostics);
        ResolvedLinks links = LinkChecker.check(course, pages, diagnostics);
        SourcePositions.discard(pages); // diagnostics are done with them; rendering has more room
        SiteRenderer renderer = new SiteRenderer(new SiteContext(course, pages, links,
                theme, settings(config, course), lastUpdated(config, diagnostics)));
        boolean written = false;
        if (!write) {
            renderer.render(OutputSink.discard(), diagnostics);
        } else if (!failed(diagnostics, config)) {
            written = writeSite(config, renderer, diagnostics);
        }
        int cards = pages.stream().mapToInt(page -> page.cards().size()).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(diagnostics.sorted(), written, pages.size(), course.chapters().size(), cards, millis,
                diagnostics.notes());
    }

    private static boolean writeSite(BuildConfig config, SiteRenderer renderer, Diagnostics diagnostics)
            throws IOException {
        Optional<String> unsafe = OutputGuard.check(config.outputDirectory(), config.baseDirectory(),
                Stream.of(config.contentDirectory(), config.templatesDirectory()).filter(Objects::nonNull).toList());
        if (unsafe.isPresent()) {
            diagnostics.error(config.label(config.outputDirectory()), 0, 0, unsafe.get());
            return false;
        }
        try (StagingWriter staging = StagingWriter.open(config.outputDirectory())) {
            renderer.render(staging, diagnostics);
            if (failed(diagnostics, config)) {
                return false;
            }
            staging.commit();
            return true;
        } catch (OutputLockedException locked) {
            diagnostics.error(config.label(config.outputDirectory()), 0, 0, locked.getMessage());
            return false;
        }
    }

    static boolean failed(Diagnostics diagnostics, BuildConfig config) {
        return diagnostics.hasErrors() || config.failOnWarnings() && !diagnostics.sorted().isEmpty();
    }

    static SiteSettings settings(BuildConfig config, Course course) {
        Page home = course.root().intro();
        String title = config.title() != null ? config.title() : home.title();
        String description = config.description() != null ? config.description() : home.summary();
        return new SiteSettings(title, description, config.siteUrl(), config.editUrl(), config.rawHtml(),
                config.cname());
    }

    static LastUpdated lastUpdated(BuildConfig config, Diagnostics diagnostics) {
        LastUpdated dates = LastUpdated.fromGit(config.contentDirectory());
        if (dates.isEmpty()) {
            diagnostics.note(BuildNote.Level.INFO, "no \"last updated\" dates: " + config.label(config.contentDirectory())
                    + " is not in a git repository with full history (a shallow clone has none)");
        }
        return dates;
    }
}
