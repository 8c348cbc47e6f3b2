package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import java.util.function.UnaryOperator;

/**
 * A note's HTML rendered once for both places it appears: its own page and its section of
 * {@code print.html}. The two differ only in a few attribute values, so those are rendered as
 * marks, each a NUL (which the Markdown parser never lets through) and a letter, and each place
 * fills them in with one scan:
 *
 * <ul>
 *   <li>{@code \0R} where the way to the site root goes before an image's {@code src}
 *       ({@code ../} on the note's page, nothing on the print page);</li>
 *   <li>{@code \0I} before an anchor id (heading, footnote): nothing on the note's page, the note's
 *       key and {@code --} on the print page, where the ids of all notes must be unique;</li>
 *   <li>{@code \0H} before an internal link's target, which runs to the attribute's closing quote:
 *       the way to the site root on the note's page, the target mapped to a section of the page on
 *       the print page.</li>
 * </ul>
 *
 * <p>The result is the same as rendering the note for each place (the tests compare them).
 */
final class MarkedNoteHtml {

    private static final char MARK = '\u0000';
    private static final String ROOT = MARK + "R";
    private static final String ID = MARK + "I";
    private static final String HREF = MARK + "H";

    private final String html;

    private MarkedNoteHtml(String html) {
        this.html = html;
    }

    static MarkedNoteHtml render(NoteHtmlRenderer noteHtml, CheckedPage page) {
        return new MarkedNoteHtml(noteHtml.render(page, page.parsed().document(), ROOT, anchor -> ID + anchor, target -> HREF + target));
    }

    /** The HTML for the note's own page, {@code rootPrefix} being the way from it to the site root (e.g. {@code ../}). */
    String forPage(String rootPrefix) {
        return fill(rootPrefix, "", null);
    }

    /**
     * The HTML for the print page.
     *
     * @param idPrefix  goes before every anchor id
     * @param linkHrefs maps a site-root-relative link target ({@code deploy/canary.html#rollback}) to the href written
     */
    String forPrint(String idPrefix, UnaryOperator<String> linkHrefs) {
        return fill("", idPrefix, linkHrefs);
    }

    /** @param linkHrefs null to put the way to the root before link targets */
    private String fill(String root, String idPrefix, UnaryOperator<String> linkHrefs) {
        String escapedRoot = HtmlEscape.escape(root);
        String escapedIdPrefix = HtmlEscape.escape(idPrefix);
        StringBuilder out = new StringBuilder(html.length() + 256);
        int copied = 0;
        for (int mark = html.indexOf(MARK); mark >= 0; mark = html.indexOf(MARK, copied)) {
            out.append(html, copied, mark);
            char kind = html.charAt(mark + 1);
            copied = mark + 2;
            if (kind == 'R' || (kind == 'H' && linkHrefs == null)) {
                out.append(escapedRoot);
            } else if (kind == 'I') {
                out.append(escapedIdPrefix);
            } else {
                int end = html.indexOf('"', copied);
                out.append(HtmlEscape.escape(linkHrefs.apply(HtmlEscape.unescape(html.substring(copied, end)))));
                copied = end;
            }
        }
        return out.append(html, copied, html.length()).toString();
    }
}
