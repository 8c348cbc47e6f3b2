package io.github.coursenotes.render.model;

/**
 * An entry of {@code sections} on the print page: one page of the course.
 *
 * @param id      the section's id, e.g. {@code page-lifecycle-stages}
 * @param title   the page's title
 * @param path    the page's path in the site
 * @param kind    {@code home}, {@code chapter} or {@code note}
 * @param content the page's HTML for this page: its headings one level down, its links within the page
 */
public record PrintSection(String id, String title, String path, String kind, DeferredHtml content) {
}
