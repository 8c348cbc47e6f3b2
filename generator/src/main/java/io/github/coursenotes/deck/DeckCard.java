package io.github.coursenotes.deck;

/**
 * One card, ready to export. All HTML is rendered with links relative to the site root (or
 * absolute, for exports read outside the site).
 *
 * @param type        the card type's keyword: flip, cloze, truefalse, choice, order
 * @param pageUrl     the note that holds the card, e.g. {@code lifecycle/stages.html}
 * @param anchor      the card's anchor in that note, e.g. {@code card-concept-vs-data-drift}
 * @param section     the heading of the section that teaches the card (the page title when there is none)
 * @param front       what the learner sees first: the question, with the options or shuffled steps
 * @param back        the answer
 * @param explanation the optional explanation shown with the answer, or empty
 * @param clozeText   for cloze cards, the text with Anki's {@code {{c1::answer}}} blanks; otherwise empty
 */
public record DeckCard(String id, String type, DeckChapter chapter, String pageTitle, String pageUrl, String anchor,
                       String section, String front, String back, String explanation, String clozeText) {

    public boolean isCloze() {
        return "cloze".equals(type);
    }

    /** The link from the site root back to the card in the notes. */
    public String href() {
        return pageUrl + "#" + anchor;
    }
}
