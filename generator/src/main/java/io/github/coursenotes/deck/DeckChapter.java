package io.github.coursenotes.deck;

/**
 * The part of the course a card belongs to: a top-level chapter, or a top-level page outside any
 * chapter (a glossary), or the home page.
 *
 * @param slug  the folder or file name without its number, e.g. {@code deployment-patterns}
 * @param url   the chapter page in the site, e.g. {@code deployment-patterns/index.html}; unique, so it is the key
 */
public record DeckChapter(String slug, String title, String url) {

    /** The home page's URL: its cards belong to the course as a whole. */
    public static final String HOME_URL = "index.html";

    /** Whether this stands for the home page (cards on the home page) rather than a chapter. */
    public boolean isHome() {
        return HOME_URL.equals(url);
    }

    /** The Anki deck of this part of the course: the course's deck for the home page, a subdeck of it otherwise. */
    public String ankiDeck(String courseTitle) {
        String course = AnkiDeck.level(courseTitle, "Course");
        return isHome() ? course : course + "::" + AnkiDeck.level(title, slug);
    }
}
