package io.github.coursenotes;

import io.github.coursenotes.check.CardIdChecker;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.check.LinkChecker;
import io.github.coursenotes.check.LinkRules;
import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.markdown.SourcePositions;
import io.github.coursenotes.math.MathCache;
import io.github.coursenotes.output.OutputGuard;
import io.github.coursenotes.output.OutputLockedException;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.output.StagingWriter;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.SiteRenderer;
import io.github.coursenotes.render.SiteSettings;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
        SiteContext site = analyse(config, theme, diagnostics, diagnostics);
        SiteRenderer renderer = new SiteRenderer(site);
        boolean written = false;
        if (!write) {
            renderer.render(OutputSink.discard(), diagnostics);
        } else if (!failed(diagnostics, config)) {
            written = writeSite(config, diagnostics, staging -> renderer.render(staging, diagnostics));
        }
        int cards = site.pages().stream().mapToInt(page -> page.parsed().cards().size()).sum();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BuildResult(diagnostics.sorted(), written, site.pages().size(), site.course().chapters().size(),
                cards, millis, diagnostics.notes());
    }

    /**
     * Loads, parses and checks the course: the site to render. Card ids used twice are reported to
     * {@code duplicates}, every other problem to {@code checks}; a build passes the same collector
     * twice, the preview server keeps them apart (it checks ids over the course after every edit,
     * and keeps the other problems per file).
     */
    static SiteContext analyse(BuildConfig config, Theme theme, Diagnostics checks, Diagnostics duplicates)
            throws IOException {
        SiteSettings options = options(config);
        Course course = ContentLoader.load(config.contentDirectory(), config.label(config.contentDirectory()) + "/",
                config.drafts(), SiteRenderer.generatedPaths(options, theme), checks);
        PageParser parser = new PageParser();
        Path formulas = config.formulaCache();
        if (formulas != null) {
            MathCache.load(formulas);
        }
        List<ParsedPage> pages = course.pagesInOrder().parallelStream()
                .map(page -> parser.parse(page, checks)).toList();
        if (formulas != null) {
            MathCache.save(formulas);
        }
        pages.parallelStream().forEach(page -> CardIdChecker.checkHeadingClashes(page, checks));
        CardIdChecker.checkDuplicates(pages, duplicates);
        List<CheckedPage> checked = LinkChecker.check(course, pages, linkRules(config), checks);
        SourcePositions.discard(pages); // diagnostics are done with them; rendering has more room
        return new SiteContext(course, checked, theme, settings(options, course), lastUpdated(config, checks));
    }

    /**
     * Renders the site into a staging folder with {@code render} and moves it into place when there
     * are no errors. Refuses an unsafe output folder, and one that another build is writing, with a
     * diagnostic.
     */
    static boolean writeSite(BuildConfig config, Diagnostics diagnostics, Consumer<OutputSink> render)
            throws IOException {
        Optional<String> unsafe = OutputGuard.check(config.outputDirectory(), config.baseDirectory(), sources(config));
        if (unsafe.isPresent()) {
            diagnostics.error(config.label(config.outputDirectory()), 0, 0, unsafe.get());
            return false;
        }
        try (StagingWriter staging = StagingWriter.open(config.outputDirectory(), config.spareDirectory())) {
            render.accept(staging);
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

    /** The folders the site is made from, which the output folder must not touch. */
    static List<Path> sources(BuildConfig config) {
        return Stream.of(config.contentDirectory(), config.templatesDirectory()).filter(Objects::nonNull).toList();
    }

    static boolean failed(Diagnostics diagnostics, BuildConfig config) {
        return diagnostics.hasErrors() || config.failOnWarnings() && !diagnostics.sorted().isEmpty();
    }

    /** How links are checked: broken ones as errors or warnings, images from elsewhere, folder links on GitHub. */
    static LinkRules linkRules(BuildConfig config) {
        return new LinkRules(config.warnOnBrokenLinks(), config.externalImages(),
                LinkRules.folderUrlFromEditUrl(config.editUrl()), config.rawHtml());
    }

    /** The site settings as configured; the title and description may still be missing. */
    private static SiteSettings options(BuildConfig config) {
        return new SiteSettings(config.title(), config.description(), config.siteUrl(), config.editUrl(),
                config.rawHtml(), config.cname(), config.externalImages());
    }

    /** The settings with the home page's title and summary where none is configured. */
    private static SiteSettings settings(SiteSettings options, Course course) {
        Page home = course.root().intro();
        String title = options.title() != null ? options.title() : home.title();
        String description = options.description() != null ? options.description() : home.summary();
        return new SiteSettings(title, description, options.siteUrl(), options.editUrl(), options.rawHtml(),
                options.cname(), options.externalImages());
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
