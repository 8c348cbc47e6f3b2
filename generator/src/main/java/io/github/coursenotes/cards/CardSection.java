package io.github.coursenotes.cards;

/**
 * A {@code ---}-separated section of a card's source.
 *
 * @param line 1-based line in the file of the section's first line
 */
record CardSection(String text, int line) {

    boolean isBlank() {
        return text.isBlank();
    }
}
