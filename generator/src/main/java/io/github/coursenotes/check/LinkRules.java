package io.github.coursenotes.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How strictly links are checked, from the build's configuration.
 *
 * @param brokenAsWarnings report broken links, anchors and images as warnings instead of errors (a
 *                         course brought from elsewhere can then be built and looked at while it is fixed)
 * @param externalImages   whether the site allows images from other servers ({@code https:} only); when
 *                         not, each such image is a warning, since the Content-Security-Policy blocks it
 * @param folderUrl        where the content folder is browsed on the repository host, ending in {@code /}
 *                         (e.g. {@code https://github.com/o/r/tree/main/content/}), for links to folders
 *                         without notes; or {@code null}
 * @param rawHtml          whether raw HTML passes through; when it is shown as text its links are not checked
 */
public record LinkRules(boolean brokenAsWarnings, boolean externalImages, String folderUrl, boolean rawHtml) {

    private static final Pattern GITHUB_EDIT = Pattern.compile("^(https://github\\.com/[^/]+/[^/]+)/edit/(.+?)/?$");

    /** Every problem an error, no external images, no folder links, raw HTML on: the defaults. */
    public static LinkRules strict() {
        return new LinkRules(false, false, null, true);
    }

    /**
     * The folder URL for an "Edit this page" base URL on GitHub: {@code …/edit/main/content/} browses
     * as {@code …/tree/main/content/}. {@code null} for other hosts or none.
     */
    public static String folderUrlFromEditUrl(String editUrl) {
        if (editUrl == null) {
            return null;
        }
        Matcher github = GITHUB_EDIT.matcher(editUrl.strip());
        return github.matches() ? github.group(1) + "/tree/" + github.group(2) + "/" : null;
    }
}
