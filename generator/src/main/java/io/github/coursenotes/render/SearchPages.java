package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.search.SearchIndex;
import io.github.coursenotes.search.SearchIndexScript;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The search index ({@code search-index.js}, loaded by the theme's {@code search.js} when the
 * learner starts searching) and the search page ({@code search.html?q=...}) rendered through
 * {@code search.ftlh}. The log tells the index size, so that a course that outgrows it is noticed.
 */
final class SearchPages implements SiteOutput {

    static final String INDEX = "search-index.js";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        SearchIndex index = SearchIndex.of(site.pages());
        String script = SearchIndexScript.of(index);
        sink.write(INDEX, script);
        int bytes = script.getBytes(StandardCharsets.UTF_8).length;
        diagnostics.note(BuildNote.Level.INFO, String.format(Locale.ROOT, "search index: %s, %d entries from %d pages",
                size(bytes), index.sections().size(), index.pages().size()));
        Map<String, Object> model = new PageModel(site.course(), site.settings())
                .forSpecial("search.html", "Search", "");
        site.theme().render("search.ftlh", model, diagnostics).ifPresent(text -> sink.write("search.html", text));
    }

    static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
