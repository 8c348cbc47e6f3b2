package io.github.coursenotes.render.model;

/**
 * An entry of {@code breadcrumbs}: the course home and the chapters down to the page's parent.
 *
 * @param title the title
 * @param href  the link to it
 */
public record Breadcrumb(String title, String href) {
}
