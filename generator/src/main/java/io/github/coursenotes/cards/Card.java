package io.github.coursenotes.cards;

/**
 * What the course knows of a card apart from its content.
 *
 * @param id            stable id: explicit {@code id=} or derived from the page and the question
 * @param label         the file the card is written in, as shown in diagnostics
 * @param line          1-based line of the opening fence
 * @param trueFalse     for true/false cards, whether the statement is true
 * @param promptText    the question as plain text (for derived ids, search and exports)
 */
public record Card(String id, CardType type, String label, int line, int column, boolean trueFalse,
                   String promptText) {
}
