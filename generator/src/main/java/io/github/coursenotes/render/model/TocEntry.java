package io.github.coursenotes.render.model;

/**
 * An entry of {@code page.toc}: a heading of the page.
 *
 * @param level  2 or 3
 * @param text   the heading's text
 * @param anchor the heading's id
 */
public record TocEntry(int level, String text, String anchor) {
}
