package io.github.coursenotes.render.model;

/**
 * An entry of {@code practice.chapters}: the cards of a chapter, or of a page outside the chapters.
 *
 * @param title     the chapter's or page's title
 * @param key       what the practice scripts know the group by
 * @param href      the link to it
 * @param cardCount its number of cards
 * @param isChapter false for the home page and pages outside the chapters (a glossary), which the
 *                  progress chart leaves out
 */
public record PracticeChapter(String title, String key, String href, long cardCount, boolean isChapter) {
}
