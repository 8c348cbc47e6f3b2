package io.github.coursenotes.deck;

/**
 * The part of the course a card belongs to: a top-level chapter, or a top-level page outside any
 * chapter (a glossary), or the home page.
 *
 * @param slug  the folder or file name without its number, e.g. {@code deployment-patterns}
 * @param url   the chapter page in the site, e.g. {@code deployment-patterns/index.html}; unique, so it is the key
 */
public record DeckChapter(String slug, String title, String url) {
}
