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

/**
 * The stages of a build, each taking values and returning values: load → parse → check → render →
 * write. {@link SiteBuilder} runs them once over the whole course; an incremental build
 * ({@code io.github.coursenotes.incremental}) runs them once, then parses and checks again only the
 * notes that changed and renders only the pages that show them. Every problem goes to a
 * {@link Diagnostics} collector; no stage stops at the first.
 */
public final class Pipeline {

    private Pipeline() {
    }

    /**
     * Load: the course tree of chapters and pages under the content folder. A content file on a path
     * that the site generates with these settings and theme ({@code CNAME}, {@code assets/style.css}…) is an error.
     */
    public static Course load(BuildConfig config, Theme theme, Diagnostics diagnostics) throws IOException {
        return ContentLoader.load(config.contentDirectory(), config.label(config.contentDirectory()) + "/",
                config.drafts(), SiteRenderer.generatedPaths(options(config), theme), diagnostics);
    }

    /**
     * Parse: each page's Markdown, in parallel, in the order of {@code pages}. The formulas typeset by
     * the last build are read from, and this build's written to, the configuration's formula cache.
     */
    public static List<ParsedPage> parse(BuildConfig config, List<Page> pages, Diagnostics diagnostics)
            throws IOException {
        PageParser parser = new PageParser();
        Path formulas = config.formulaCache();
        if (formulas != null) {
            MathCache.load(formulas);
        }
        List<ParsedPage> parsed = pages.parallelStream().map(page -> parser.parse(page, diagnostics)).toList();
        if (formulas != null) {
            MathCache.save(formulas);
        }
        return parsed;
    }

    /**
     * Check: card ids against the headings of their page and against each other, and every link,
     * anchor and image; Card ids used twice are reported to
     * {@code duplicates}, every other problem to {@code checks} (a build passes the same collector
     * twice; an incremental build keeps the other problems per file, and checks ids over the whole
     * course after every edit). Returns each page with where its links point. (The parse has already
     * let go of the source positions these checks do not read: {@code markdown.SourcePositions}.)
     */
    public static List<CheckedPage> check(BuildConfig config, Course course, List<ParsedPage> pages,
                                          Diagnostics checks, Diagnostics duplicates) {
        pages.parallelStream().forEach(page -> CardIdChecker.checkHeadingClashes(page, checks));
        CardIdChecker.checkDuplicates(pages, duplicates);
        return LinkChecker.check(course, pages, linkRules(config), checks);
    }

    /**
     * What the site is rendered from: the checked course, the theme, the settings (the home page's
     * title and summary where none is configured) and the "last updated" dates from git.
     */
    public static SiteContext site(BuildConfig config, Theme theme, Course course, List<CheckedPage> pages,
                                   Diagnostics diagnostics) {
        return new SiteContext(course, pages, theme, settings(options(config), course),
                lastUpdated(config, diagnostics));
    }

    /**
     * Render and write: {@code render} writes the site into a staging folder, which replaces the
     * output folder only when no problem fails the build. Nothing is rendered when the problems so far
     * fail it already. An unsafe output folder, and one that another build is writing, are errors.
     *
     * @return whether the output folder was replaced
     */
    public static boolean write(BuildConfig config, Diagnostics diagnostics, Consumer<OutputSink> render)
            throws IOException {
        if (failed(config, diagnostics)) {
            return false;
        }
        Optional<String> unsafe = OutputGuard.check(config.outputDirectory(), config.baseDirectory(), sources(config));
        if (unsafe.isPresent()) {
            diagnostics.error(config.label(config.outputDirectory()), 0, 0, unsafe.get());
            return false;
        }
        try (StagingWriter staging = StagingWriter.open(config.outputDirectory(), config.spareDirectory())) {
            render.accept(staging);
            if (failed(config, diagnostics)) {
                return false;
            }
            staging.commit();
            return true;
        } catch (OutputLockedException locked) {
            diagnostics.error(config.label(config.outputDirectory()), 0, 0, locked.getMessage());
            return false;
        }
    }

    /** Whether these problems fail the build: any error, or any warning with {@code failOnWarnings}. */
    public static boolean failed(BuildConfig config, Diagnostics diagnostics) {
        return diagnostics.hasErrors() || config.failOnWarnings() && !diagnostics.sorted().isEmpty();
    }

    /** How links are checked: broken ones as errors or warnings, images from elsewhere, folder links on GitHub. */
    public static LinkRules linkRules(BuildConfig config) {
        return new LinkRules(config.warnOnBrokenLinks(), config.externalImages(),
                LinkRules.folderUrlFromEditUrl(config.editUrl()), config.rawHtml());
    }

    /** The folders the site is made from, which the output folder must not touch. */
    public static List<Path> sources(BuildConfig config) {
        return Stream.of(config.contentDirectory(), config.templatesDirectory()).filter(Objects::nonNull).toList();
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

    private static LastUpdated lastUpdated(BuildConfig config, Diagnostics diagnostics) {
        LastUpdated dates = LastUpdated.fromGit(config.contentDirectory());
        if (dates.isEmpty()) {
            diagnostics.note(BuildNote.Level.INFO, "no \"last updated\" dates: " + config.label(config.contentDirectory())
                    + " is not in a git repository with full history (a shallow clone has none)");
        }
        return dates;
    }
}
