package io.github.coursenotes.search;

import io.github.coursenotes.output.JsonString;

/**
 * Writes a {@link SearchIndex} as the classic script {@code search-index.js}, which assigns it to
 * {@code window.coursenotes.searchIndex}. A script rather than JSON because Chromium refuses
 * {@code fetch} of local files, and the site must be searchable when opened from disk.
 *
 * <p>The data is compact JSON: {@code {"pages":[[path,title],...],"sections":[[page,kind,anchor,title,text],...]}}
 * where {@code kind} is 0 for the start of a page, 1 for a heading's section and 2 for a card.
 */
public final class SearchIndexScript {

    private SearchIndexScript() {
    }

    public static String of(SearchIndex index) {
        return build(index).toString();
    }

    /** The script in a builder, for writing it out without a copy as one string. */
    public static StringBuilder build(SearchIndex index) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("/* Search index written by coursenotes; loaded by assets/search.js when a search starts. */\n");
        out.append("window.coursenotes = window.coursenotes || {};\n");
        out.append("window.coursenotes.searchIndex = {\"pages\":[");
        for (int i = 0; i < index.pages().size(); i++) {
            SearchPage page = index.pages().get(i);
            out.append(i == 0 ? "\n[" : ",\n[");
            string(out, page.path()).append(',');
            string(out, page.title()).append(']');
        }
        out.append("],\"sections\":[");
        for (int i = 0; i < index.sections().size(); i++) {
            SearchSection section = index.sections().get(i);
            out.append(i == 0 ? "\n[" : ",\n[").append(section.page()).append(',').append(section.kind().ordinal()).append(',');
            string(out, section.anchor()).append(',');
            string(out, section.title()).append(',');
            string(out, section.text()).append(']');
        }
        return out.append("]};\n");
    }

    /** Appends {@code value} as a JSON string, {@code <} escaped too. */
    static StringBuilder string(StringBuilder out, String value) {
        return JsonString.appendWithoutMarkup(out, value);
    }
}
