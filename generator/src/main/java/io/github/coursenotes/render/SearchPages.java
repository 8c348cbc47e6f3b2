package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.model.SearchPageModel;
import io.github.coursenotes.render.model.SpecialPageData;
import io.github.coursenotes.search.SearchIndex;
import io.github.coursenotes.search.SearchIndexScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/**
 * The search index ({@code search-index.js}, loaded by the theme's {@code search.js} when the
 * learner starts searching) and the search page ({@code search.html?q=...}) rendered through
 * {@code search.ftlh}. The log tells the index size, so that a course that outgrows it is noticed.
 */
final class SearchPages implements SiteOutput {

    static final String INDEX = "search-index.js";
    static final String PAGE = "search.html";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        SearchIndex index = SearchIndex.of(site.pages().stream().map(CheckedPage::parsed).toList());
        long bytes = write(SearchIndexScript.build(index), sink);
        diagnostics.note(BuildNote.Level.INFO, String.format(Locale.ROOT, "search index: %s, %d entries from %d pages",
                size(bytes), index.sections().size(), index.pages().size()));
        PageModels models = new PageModels(site.course(), site.settings());
        SearchPageModel model = new SearchPageModel(models.site("", PAGE, true),
                SpecialPageData.of("Search", PAGE, false), models.nav(""), List.of());
        site.theme().render(model, diagnostics).ifPresent(text -> sink.write(PAGE, text));
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(INDEX, PAGE);
    }

    /** Streams the script to its file in chunks (it is tens of MB for a big course); returns its size in UTF-8. */
    private static long write(StringBuilder script, OutputSink sink) {
        char[] chunk = new char[64 * 1024];
        long bytes = 0;
        try (Writer out = sink.writer(INDEX)) {
            for (int start = 0; start < script.length(); start += chunk.length) {
                int end = Math.min(script.length(), start + chunk.length);
                script.getChars(start, end, chunk, 0);
                out.write(chunk, 0, end - start);
                for (int i = 0; i < end - start; i++) {
                    char c = chunk[i];
                    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + INDEX, e);
        }
        return bytes;
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
