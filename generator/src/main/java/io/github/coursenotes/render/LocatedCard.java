package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.markdown.ParsedPage;

/**
 * A card with its place in the course.
 *
 * @param section the heading of the section holding the card, or the page title when there is none
 */
record LocatedCard(ParsedPage page, CardBlock block, DeckChapter chapter, String section) {

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
