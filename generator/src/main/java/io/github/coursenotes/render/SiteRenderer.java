package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.List;

/**
 * Writes every output of the site. The outputs run concurrently (most of them are one thread's
 * work, such as a whole-course page or export), so each must be thread-safe and write its own files;
 * the result does not depend on the order.
 */
public final class SiteRenderer {

    private static final List<SiteOutput> OUTPUTS = List.of(
            new NotePages(),
            new NotFoundPage(),
            new PracticePage(),
            new DeckExports(),
            new SearchPages(),
            new PrintPage(),
            new SiteMetadata(),
            new StaticFiles());

    private final SiteContext site;

    public SiteRenderer(SiteContext site) {
        this.site = site;
    }

    /** Renders everything; template problems are reported to {@code diagnostics}. */
    public void render(OutputSink sink, Diagnostics diagnostics) {
        OUTPUTS.parallelStream().forEach(output -> output.write(site, sink, diagnostics));
    }

    // For the preview server's incremental rebuild: the note pages and static files, then the
    // whole-course outputs (everything else, so outputs added to OUTPUTS fall in the second group).

    /** Renders the note pages and the static files only. */
    public void renderPagesAndFiles(OutputSink sink, Diagnostics diagnostics) {
        OUTPUTS.parallelStream().filter(SiteRenderer::isPageOrFile).forEach(output -> output.write(site, sink, diagnostics));
    }

    /** Renders the pages of {@code sources} (their source paths) only. */
    public void renderPages(java.util.Set<String> sources, OutputSink sink, Diagnostics diagnostics) {
        new NotePages().write(site, site.pages().stream().filter(page -> sources.contains(page.page().sourcePath()))
                .toList(), sink, diagnostics);
    }

    /** Renders the whole-course outputs: everything but the note pages and static files. */
    public void renderCourseOutputs(OutputSink sink, Diagnostics diagnostics) {
        OUTPUTS.parallelStream().filter(output -> !isPageOrFile(output)).forEach(output -> output.write(site, sink, diagnostics));
    }

    private static boolean isPageOrFile(SiteOutput output) {
        return output instanceof NotePages || output instanceof StaticFiles;
    }
}
