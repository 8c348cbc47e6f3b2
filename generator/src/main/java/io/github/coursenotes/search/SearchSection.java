package io.github.coursenotes.search;

/**
 * One entry of the search index: the start of a page, a section under a heading, or a card.
 *
 * @param page   index of the page in {@link SearchIndex#pages()}
 * @param anchor the fragment that leads to the entry ({@code ""} for the top of the page, {@code card-<id>} for a card)
 * @param title  the heading, the card's question, or {@code ""} for the start of a page (whose title is the page's)
 * @param text   the section's words as plain text, shortened to the index's budget
 */
public record SearchSection(int page, Kind kind, String anchor, String title, String text) {

    /** What the entry is; search ranks a match in a page title above one in a heading, above one in the text. */
    public enum Kind {
        PAGE, HEADING, CARD
    }
}
