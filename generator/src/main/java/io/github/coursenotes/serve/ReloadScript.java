package io.github.coursenotes.serve;

import java.util.Locale;

/**
 * The live-reload hook the server adds to every HTML response: a {@code <script src>} (the pages'
 * Content-Security-Policy allows same-origin scripts, not inline ones) carrying the number of the
 * build that produced the response, so the script can tell whether the page is already stale.
 */
final class ReloadScript {

    static final String PREFIX = "/__coursenotes/";
    static final String SCRIPT_PATH = PREFIX + "reload.js";
    static final String EVENTS_PATH = PREFIX + "events";

    private ReloadScript() {
    }

    static String tag(int build) {
        return "<script src=\"" + SCRIPT_PATH + "\" data-build=\"" + build + "\"></script>\n";
    }

    /** Inserts the tag before the last {@code </body>}, or appends it when the page has none. */
    static String inject(String html, int build) {
        int body = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        if (body < 0) {
            return html + tag(build);
        }
        return html.substring(0, body) + tag(build) + html.substring(body);
    }
}
