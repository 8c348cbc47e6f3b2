package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.Set;

/** One kind of file the build writes: the note pages, the assets, the practice page, the search index... */
public interface SiteOutput {

    void write(SiteContext site, OutputSink sink, Diagnostics diagnostics);

    /**
     * The paths of the files {@link #write} generates with these settings and theme, e.g. {@code deck.js}:
     * every path but the pages and files of the course's notes, which the course claims itself. No
     * content file may take one of them.
     */
    Set<String> generatedPaths(SiteSettings settings, Theme theme);
}
