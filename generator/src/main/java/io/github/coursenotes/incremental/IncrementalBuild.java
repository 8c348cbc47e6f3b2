package io.github.coursenotes.incremental;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Pipeline;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.check.CardIdChecker;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.check.LinkChecker;
import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.render.SiteContext;
import io.github.coursenotes.render.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The preview server's builds: a full build first, then, after an edit of existing notes, a
 * rebuild of what the edit can change. It keeps the last build's loaded and parsed pages, where
 * their links point, and each file's problems, so that an edited note is loaded, parsed and
 * checked again with the notes linking to it, and only the pages that show it are rendered and
 * replaced in the site folder. The whole-course outputs (practice page, exports, search, print
 * page, sitemap...) are left for {@link #writeCourseOutputs}, which the caller runs afterwards,
 * e.g. in the background. Anything that changes the shape of the course falls back to a full build.
 * One build at a time: {@link #full} and {@link #update} must not run concurrently with each other.
 */
public final class IncrementalBuild {

    private final BuildConfig config;
    private final Path content;
    private final PageParser parser = new PageParser();
    private BuildState state;
    /** Whether the site folder holds the last state's output, but for {@link #unwritten} and the course outputs. */
    private boolean written;
    /** Pages whose output changed in rebuilds that failed, to write with the next one that succeeds. */
    private final Set<String> unwritten = new HashSet<>();
    /** What the whole-course outputs are to be made from, until {@link #writeCourseOutputs} writes them. */
    private SiteContext staleCourseOutputs;
    /** The pages the last incremental rebuild wrote. */
    private Set<String> lastWritten = Set.of();
    /** What the last full build had to say besides problems, repeated by the rebuilds after it. */
    private List<BuildNote> notes = List.of();
    private final SiteFolder siteFolder;

    /**
     * Whether a course with problems is written anyway, for the preview to show it with its problems;
     * only problems of the writing itself (a template error) then keep the site folder as it was.
     */
    private final boolean writeWithProblems;

    public IncrementalBuild(BuildConfig config) {
        this(config, false);
    }

    /** @param writeWithProblems write the site even when the notes have errors (the preview server shows them) */
    public IncrementalBuild(BuildConfig config, boolean writeWithProblems) {
        this.config = config;
        this.content = config.contentDirectory().toAbsolutePath().normalize();
        this.siteFolder = new SiteFolder(config);
        this.writeWithProblems = writeWithProblems;
    }

    /** What a rebuild did: its result, why it was a full build (empty when incremental) and the pages it wrote. */
    public record Rebuild(BuildResult result, Optional<String> fullBuildReason, Set<String> pagesWritten) {
    }

    /** Builds the whole site through the staging folder, like {@link SiteBuilder#build}, and keeps its state. */
    public BuildResult full(Theme theme) throws IOException {
        long start = System.nanoTime();
        synchronized (this) {
            staleCourseOutputs = null;
        }
        written = false;
        unwritten.clear();
        state = null; // the old pages are garbage from here: the heap holds one course at a time
        Diagnostics checks = new Diagnostics();
        Diagnostics duplicates = new Diagnostics();
        Course course = Pipeline.load(config, theme, checks);
        List<ParsedPage> pages = Pipeline.parse(config, course.pagesInOrder(), checks);
        List<CheckedPage> checked = Pipeline.check(config, course, pages, checks, duplicates);
        SiteContext site = Pipeline.site(config, theme, course, checked, checks);
        state = new BuildState(site, checks.sorted());
        Diagnostics all = state.diagnostics(duplicates.sorted());
        checks.notes().forEach(note -> all.note(note.level(), note.message()));
        if (writeWithProblems) {
            Diagnostics writing = new Diagnostics();
            written = siteFolder.writeWhole(site, writing);
            writing.sorted().forEach(problem -> all.add(problem));
        } else if (!Pipeline.failed(config, all)) {
            written = siteFolder.writeWhole(site, all);
        }
        notes = all.notes();
        return result(all, written, start);
    }

    /**
     * Rebuilds after the files {@code changed} (absolute paths) changed: incrementally when they are
     * all notes of the last build whose order, draft state and, for chapter pages, title and summary
     * did not change, and the theme is the same; with a full build otherwise.
     */
    public Rebuild update(Collection<Path> changed, Theme theme) throws IOException {
        long start = System.nanoTime();
        Optional<String> structural = state == null ? Optional.of("no earlier build")
                : FullBuildReason.beforeReload(config, content, state, written, theme, changed);
        if (structural.isPresent()) {
            return new Rebuild(full(theme), structural, Set.of());
        }
        Set<String> edited = new HashSet<>();
        changed.forEach(path -> edited.add(sourcePath(path)));
        Set<String> rechecked = new HashSet<>(edited);
        rechecked.addAll(pagesLinkingTo(state.site().pages(), edited));
        Diagnostics checks = new Diagnostics();
        Map<String, Page> reloaded = new HashMap<>();
        for (String source : rechecked) {
            Page old = state.page(source).page();
            Optional<Page> page = ContentLoader.reload(config.contentDirectory(), old, config.drafts(), checks);
            if (page.isEmpty()) {
                return new Rebuild(full(theme), Optional.of(old.label() + " can no longer be read or is now a draft"),
                        Set.of());
            }
            Optional<String> reordered = FullBuildReason.afterReload(old, page.get());
            if (reordered.isPresent()) {
                return new Rebuild(full(theme), reordered, Set.of());
            }
            reloaded.put(source, page.get());
        }
        BuildResult result = recheck(reloaded, checks, start);
        return new Rebuild(result, Optional.empty(), lastWritten);
    }

    /** Parses and checks the reloaded pages, then writes the pages that show them if there are no errors. */
    private BuildResult recheck(Map<String, Page> reloaded, Diagnostics checks, long start) throws IOException {
        List<ParsedPage> parsed = reloaded.values().parallelStream().map(page -> parser.parse(page, checks)).toList();
        parsed.forEach(page -> CardIdChecker.checkHeadingClashes(page, checks));
        List<ParsedPage> pages = withReplaced(parsed, ParsedPage::page, CheckedPage::parsed);
        Course course = CourseTree.replace(state.site().course(), reloaded);
        Diagnostics duplicates = new Diagnostics();
        CardIdChecker.checkDuplicates(pages, duplicates);
        List<CheckedPage> checked = LinkChecker.check(course, pages, parsed, Pipeline.linkRules(config), checks);
        List<CheckedPage> sitePages = withReplaced(checked, CheckedPage::page, Function.identity());
        Set<String> changedOutput = CourseTree.changedOutput(course, reloaded, source -> state.page(source).page());
        // an edit of notes leaves the course's images as they were (any other file is a full build)
        SiteContext site = new SiteContext(course, sitePages, state.site().theme(), state.site().settings(),
                state.site().lastUpdated(), state.site().imageSizes());
        state.update(site, reloaded.keySet(), checked, checks.sorted());
        unwritten.addAll(changedOutput);
        Diagnostics all = state.diagnostics(duplicates.sorted());
        lastWritten = Set.of();
        if (!writeWithProblems && Pipeline.failed(config, all)) {
            return result(all, false, start);
        }
        Diagnostics writing = writeWithProblems ? new Diagnostics() : all;
        boolean done = siteFolder.replacePages(site, Set.copyOf(unwritten), writing);
        if (writing != all) {
            writing.sorted().forEach(problem -> all.add(problem));
        }
        if (done) {
            lastWritten = Set.copyOf(unwritten);
            unwritten.clear();
            synchronized (this) {
                staleCourseOutputs = site;
            }
        }
        return result(all, done, start);
    }

    /**
     * Writes the whole-course outputs of the last successful rebuild in place, if an incremental
     * rebuild left them stale; returns their problems (nothing is written when there are errors).
     * Safe to run on another thread than the rebuilds, one call at a time.
     */
    public List<Diagnostic> writeCourseOutputs() throws IOException {
        SiteContext site;
        synchronized (this) {
            site = staleCourseOutputs;
            staleCourseOutputs = null;
        }
        return site == null ? List.of() : siteFolder.writeCourseOutputs(site);
    }

    /** Makes the next {@link #update} a full build: after a fault, the site folder may not match the kept state. */
    public void forget() {
        written = false;
    }

    /** The site paths (e.g. {@code practice.html}) written by the whole-course outputs in the last full build. */
    public Set<String> courseOutputPaths() {
        return siteFolder.courseOutputPaths();
    }

    /** The source paths of the pages with a link to any of {@code sourcePaths} (anchors included). */
    private static Set<String> pagesLinkingTo(List<CheckedPage> pages, Set<String> sourcePaths) {
        Set<String> linking = new HashSet<>();
        for (CheckedPage page : pages) {
            if (!Collections.disjoint(page.linksTo(), sourcePaths)) {
                linking.add(page.page().sourcePath());
            }
        }
        return linking;
    }

    private String sourcePath(Path file) {
        return FullBuildReason.sourcePath(content, file);
    }

    /**
     * The last build's pages in their order, each as {@code kept} gives it, or as the replacement
     * of the same source path where {@code replacements} has one.
     */
    private <T> List<T> withReplaced(List<T> replacements, Function<T, Page> pageOf, Function<CheckedPage, T> kept) {
        Map<String, T> bySource = new HashMap<>();
        replacements.forEach(replacement -> bySource.put(pageOf.apply(replacement).sourcePath(), replacement));
        return state.site().pages().stream()
                .map(page -> bySource.getOrDefault(page.page().sourcePath(), kept.apply(page))).toList();
    }

    private BuildResult result(Diagnostics diagnostics, boolean written, long start) {
        List<BuildNote> allNotes = Stream.concat(notes.stream(), diagnostics.notes().stream()).distinct().sorted().toList();
        return BuildResult.of(state.site(), diagnostics.sorted(), written, allNotes, start);
    }
}
