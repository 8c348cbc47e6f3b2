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
}
