package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.deck.DeckChapter;

/**
 * A card with its place in the course.
 *
 * @param section the heading of the section holding the card, or the page title when there is none
 */
record LocatedCard(CheckedPage page, CardBlock block, DeckChapter chapter, String section) {

    String id() {
        return block.card().id();
    }

    String anchor() {
        return "card-" + id();
    }

    String href() {
        return page.page().outputPath() + "#" + anchor();
    }
}
