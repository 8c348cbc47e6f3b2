package io.github.coursenotes.render;

/**
 * Site-wide settings the templates see.
 *
 * @param siteUrl absolute URL of the published site ending in {@code /}, or {@code null}
 * @param editUrl base URL to which a note's path under {@code content/} is appended for "Edit this page", or {@code null}
 * @param rawHtml whether raw HTML in notes passes through
 */
public record SiteSettings(String title, String description, String siteUrl, String editUrl, boolean rawHtml) {
}
