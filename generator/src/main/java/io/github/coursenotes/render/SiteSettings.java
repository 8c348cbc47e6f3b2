package io.github.coursenotes.render;

import java.net.URI;

/**
 * Site-wide settings the templates see.
 *
 * @param siteUrl absolute URL of the published site ending in {@code /}, or {@code null}
 * @param editUrl base URL to which a note's path under {@code content/} is appended for "Edit this page", or {@code null}
 * @param rawHtml whether raw HTML in notes passes through
 * @param cname   the custom domain written to {@code CNAME}, or {@code null}
 * @param externalImages whether the Content-Security-Policy lets images from other servers in ({@code https:} only)
 */
public record SiteSettings(String title, String description, String siteUrl, String editUrl, boolean rawHtml,
                           String cname, boolean externalImages) {

    /** Settings whose Content-Security-Policy keeps images from other servers out. */
    public SiteSettings(String title, String description, String siteUrl, String editUrl, boolean rawHtml,
                        String cname) {
        this(title, description, siteUrl, editUrl, rawHtml, cname, false);
    }

    /**
     * The path of the site on its server, {@code /repo/} for {@code https://user.github.io/repo/}:
     * pages that may be served at any depth (the 404 page) link through it. Empty without a site URL.
     */
    public String sitePath() {
        if (siteUrl == null) {
            return "";
        }
        URI uri = URI.create(siteUrl);
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }
}
