package io.github.coursenotes.render;

import io.github.coursenotes.output.HtmlEscape;
import java.util.function.BiFunction;

/**
 * A note's HTML rendered once for several places (a full build writes each note on its page and in
 * its section of {@code print.html}). Places differ only in what their {@link Place} functions return
 * for links, files and ids, so {@link #PLACE} writes each such value as a mark instead: a NUL (which
 * the Markdown parser never lets through), a letter ({@code L} link, {@code F} file, {@code I} id),
 * the element and the target (or the id), and a closing NUL. {@link #fill} replaces every mark with
 * what a place writes there.
 *
 * <p>Speed, measured on 5,000 notes: rendering a note costs more than filling its marks twice, and
 * rendering each note for both places was about 7% of the build's CPU samples. The result is the
 * same as rendering the note for the place (the tests compare them).
 */
final class MarkedNoteHtml {

    private static final char MARK = '\u0000';

    /** The place that writes marks; cloze blanks are the site's own (inputs), as on pages and in print. */
    static final Place PLACE = new Place(mark('L'), mark('F'), id -> MARK + "I " + id + MARK, null);

    private MarkedNoteHtml() {
    }

    private static BiFunction<String, String, String> mark(char kind) {
        return (element, target) -> MARK + String.valueOf(kind) + element + ' ' + target + MARK;
    }

    /**
     * {@code html} rendered for {@link #PLACE}, as rendering it for {@code place} would have written it.
     * The place must write a value for every link (a page's and the print page's do): one that leaves
     * a link out ({@code null}, the Anki package without a site URL) is rendered for itself.
     */
    static String fill(String html, Place place) {
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (int mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, copied)) {
            out.append(html, copied, mark);
            char kind = html.charAt(mark + 1);
            int space = html.indexOf(' ', mark + 2);
            int end = html.indexOf(MARK, space);
            String element = html.substring(mark + 2, space);
            // the renderer escaped the value as an attribute's: what the place gets is the value itself
            String value = unescape(html.substring(space + 1, end));
            String written = switch (kind) {
                case 'L' -> place.links().apply(element, value);
                case 'F' -> place.files().apply(element, value);
                default -> place.ids().apply(value);
            };
            out.append(HtmlEscape.escape(written));
            copied = end + 1;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** The inverse of {@link HtmlEscape#escape}. */
    private static String unescape(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        return text.replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    }
}
