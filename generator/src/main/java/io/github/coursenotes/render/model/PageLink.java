package io.github.coursenotes.render.model;

/**
 * {@code prev} or {@code next}: a neighbour in reading order.
 *
 * @param title the page's title
 * @param href  the link to it
 * @param path  its path in the site
 */
public record PageLink(String title, String href, String path) {
}
