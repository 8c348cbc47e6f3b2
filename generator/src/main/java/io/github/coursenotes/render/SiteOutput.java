package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;

/** One kind of file the build writes: the note pages, the assets, the practice page, the search index... */
public interface SiteOutput {

    void write(SiteContext site, OutputSink sink, Diagnostics diagnostics);
}
