package io.github.coursenotes;

import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.render.SiteContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link IncrementalBuild} keeps of the last build: everything the outputs are made from, and
 * the problems of each file as found when it was last checked (loading, parsing, its own links and
 * cards), so that the problems of unchanged notes are reported again without their source
 * positions. Card ids used twice are not kept: they are checked over the whole course each time.
 *
 * @param problems the problems by file label ({@code content/01-basics/01-first.md}); other files' problems under their own labels
 */
record BuildState(SiteContext site, Map<String, ParsedPage> pagesBySource, Map<String, List<Diagnostic>> problems) {

    BuildState {
        pagesBySource = Map.copyOf(pagesBySource);
        problems = Map.copyOf(problems);
    }

    static BuildState of(SiteContext site, List<Diagnostic> checks) {
        Map<String, ParsedPage> pages = new HashMap<>();
        site.pages().forEach(page -> pages.put(page.page().sourcePath(), page));
        return new BuildState(site, pages, byFile(checks));
    }

    /** The page of {@code sourcePath}, or {@code null} when the last build had none. */
    ParsedPage page(String sourcePath) {
        return pagesBySource.get(sourcePath);
    }

    /** This state with the pages of {@code sources} checked again, their problems now {@code checks}. */
    BuildState with(SiteContext updated, Collection<String> sources, List<Diagnostic> checks) {
        Map<String, ParsedPage> pages = new HashMap<>(pagesBySource);
        updated.pages().stream().filter(page -> sources.contains(page.page().sourcePath()))
                .forEach(page -> pages.put(page.page().sourcePath(), page));
        Map<String, List<Diagnostic>> files = new HashMap<>(problems);
        sources.forEach(source -> files.remove(pagesBySource.get(source).page().label()));
        files.putAll(byFile(checks));
        return new BuildState(updated, pages, files);
    }

    /** Every kept problem and {@code others}, in one collector for the rest of the build. */
    Diagnostics diagnostics(List<Diagnostic> others) {
        Diagnostics all = new Diagnostics();
        problems.values().forEach(list -> list.forEach(all::add));
        others.forEach(all::add);
        return all;
    }

    private static Map<String, List<Diagnostic>> byFile(List<Diagnostic> diagnostics) {
        Map<String, List<Diagnostic>> files = new HashMap<>();
        diagnostics.forEach(diagnostic -> files.computeIfAbsent(diagnostic.file(), file -> new ArrayList<>()).add(diagnostic));
        return files;
    }
}
