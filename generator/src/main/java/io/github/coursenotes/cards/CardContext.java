package io.github.coursenotes.cards;

/**
 * Where a card is written.
 *
 * @param label    the file as shown in diagnostics
 * @param bodyLine 1-based file line of the Markdown body's first line (after front matter)
 * @param pageKey  a key for the page, used to derive ids, e.g. {@code lifecycle-stages}
 */
public record CardContext(String label, int bodyLine, String pageKey) {
}
