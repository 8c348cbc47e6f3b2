package io.github.coursenotes.render.model;

import java.util.List;

/**
 * {@code page} of the home page, a chapter page or a note.
 *
 * @param title           the page title
 * @param anchor          the id of the title's {@code <h1>}, or {@code null}
 * @param summary         the summary from the front matter, or empty
 * @param content         the note as HTML
 * @param path            the page's path in the site, e.g. {@code lifecycle/stages.html}
 * @param source          the note's path under {@code content/}, e.g. {@code 01-lifecycle/01-stages.md}
 * @param kind            {@code home}, {@code chapter} or {@code note}
 * @param cardCount       the number of cards on the page
 * @param toc             the headings of levels 2 and 3
 * @param editUrl         the "Edit this page" link, when {@code editUrl} is set and the page has a source file
 * @param lastUpdated     the day git last changed the note ({@code 2026-11-28}), when known
 * @param lastUpdatedText the same day for people ({@code 28 November 2026}), when known
 * @param math            whether the page shows a formula (and links {@code assets/math.css})
 */
public record PageData(String title, String anchor, String summary, String content, String path, String source,
                       String kind, int cardCount, List<TocEntry> toc, String editUrl, String lastUpdated,
                       String lastUpdatedText, boolean math) {
}
