package io.github.coursenotes;

import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.render.SiteContext;
import java.util.List;

/**
 * What a build did.
 *
 * @param diagnostics every problem found, sorted by file, line and column
 * @param written     whether the site folder was replaced (false for a failed build or a check)
 * @param notes       what the build has to say besides problems (search index size, skipped files); never fails it
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean written, int pages, int chapters, int cards,
                          long millis, List<BuildNote> notes) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        notes = List.copyOf(notes);
    }

    /** What a build of {@code site} did, that started at {@code startNanos} ({@link System#nanoTime()}). */
    public static BuildResult of(SiteContext site, List<Diagnostic> diagnostics, boolean written, List<BuildNote> notes,
                                 long startNanos) {
        List<CheckedPage> pages = site.pages();
        int cards = pages.stream().mapToInt(page -> page.parsed().cards().size()).sum();
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        return new BuildResult(diagnostics, written, pages.size(), site.course().chapters().size(), cards, millis,
                notes);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> !d.isError()).count();
    }

    /** One line for the log, e.g. {@code 24 pages, 5 chapters, 96 cards in 812 ms}. */
    public String summary() {
        return pages + " pages, " + chapters + " chapters, " + cards + " cards in " + millis + " ms";
    }
}
