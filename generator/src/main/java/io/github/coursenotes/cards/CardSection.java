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

    /** 1-based file line of the first line that is not blank (the section's line when all are). */
    int firstTextLine() {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return line + i;
            }
        }
        return line;
    }

    /** 1-based column, within the card's text, of the first character that is not white space. */
    int firstTextColumn() {
        String first = text.split("\n", -1)[firstTextLine() - line];
        return first.length() - first.stripLeading().length() + 1;
    }
}
