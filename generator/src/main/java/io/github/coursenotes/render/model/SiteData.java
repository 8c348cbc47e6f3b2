package io.github.coursenotes.render.model;

/**
 * {@code site}: what every page knows of the site.
 *
 * @param title          the course title
 * @param description    the course's one-line description, or empty
 * @param root           the way from this page back to the site root, e.g. {@code ../}
 * @param home           the link to the home page, e.g. {@code ../index.html}
 * @param externalImages whether the Content-Security-Policy is to allow {@code https:} images
 * @param url            the published site's absolute URL ending in {@code /}, when {@code siteUrl} is set
 * @param canonical      this page's absolute URL, when {@code siteUrl} is set (never on the 404 page)
 */
public record SiteData(String title, String description, String root, String home, boolean externalImages,
                       String url, String canonical) {
}
