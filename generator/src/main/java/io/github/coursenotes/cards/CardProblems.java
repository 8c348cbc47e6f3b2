package io.github.coursenotes.cards;

/**
 * Receives a problem found inside a card. The column counts within the card's text; the receiver
 * adds the indentation of the fence (a card in a list item or quote).
 */
@FunctionalInterface
interface CardProblems {

    void error(int line, int column, String message);
}
