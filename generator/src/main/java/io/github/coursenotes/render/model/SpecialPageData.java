package io.github.coursenotes.render.model;

/**
 * {@code page} of a page that is not a note: 404, practice, search and print.
 *
 * @param title the page title
 * @param path  the page's path in the site, e.g. {@code practice.html}
 * @param kind  {@code special}
 * @param math  whether the page may show formulas: true on the practice and print pages
 */
public record SpecialPageData(String title, String path, String kind, boolean math) {

    /** The page of {@code path}, titled {@code title}. */
    public static SpecialPageData of(String title, String path, boolean math) {
        return new SpecialPageData(title, path, "special", math);
    }
}
