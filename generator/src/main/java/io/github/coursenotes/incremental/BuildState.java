package io.github.coursenotes.incremental;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
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
 * Updated in place by the rebuild thread (an update costs the changed pages, not the course); the
 * {@link SiteContext} it hands out is an immutable value that other threads may keep.
 */
final class BuildState {

    private SiteContext site;
    private final Map<String, CheckedPage> pagesBySource = new HashMap<>();
    /** The problems by file label ({@code content/01-basics/01-first.md}); other files' problems under their own labels. */
    private final Map<String, List<Diagnostic>> problems = new HashMap<>();

    BuildState(SiteContext site, List<Diagnostic> checks) {
        this.site = site;
        site.pages().forEach(page -> pagesBySource.put(page.page().sourcePath(), page));
        addProblems(checks);
    }

    SiteContext site() {
        return site;
    }

    /** The page of {@code sourcePath}, or {@code null} when the last build had none. */
    CheckedPage page(String sourcePath) {
        return pagesBySource.get(sourcePath);
    }

    /** Takes the pages of {@code sources} from {@code updated}, checked again with the problems {@code checks}. */
    void update(SiteContext updated, Collection<String> sources, List<CheckedPage> checked, List<Diagnostic> checks) {
        sources.forEach(source -> problems.remove(pagesBySource.get(source).page().label()));
        checked.forEach(page -> pagesBySource.put(page.page().sourcePath(), page));
        addProblems(checks);
        site = updated;
    }

    /** Every kept problem and {@code others}, in one collector for the rest of the build. */
    Diagnostics diagnostics(List<Diagnostic> others) {
        Diagnostics all = new Diagnostics();
        problems.values().forEach(list -> list.forEach(all::add));
        others.forEach(all::add);
        return all;
    }

    private void addProblems(List<Diagnostic> diagnostics) {
        diagnostics.forEach(diagnostic -> problems.computeIfAbsent(diagnostic.file(), file -> new ArrayList<>())
                .add(diagnostic));
    }
}
