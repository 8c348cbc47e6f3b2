package io.github.coursenotes.cards;

/**
 * The opening line of a card fence, located in the file.
 *
 * @param line       1-based line of the opening fence
 * @param column     1-based column of the first fence character
 * @param info       the info string, e.g. {@code card choice id=patterns}
 * @param infoColumn 1-based column of the info string's first character
 */
record FenceLine(int line, int column, String info, int infoColumn) {

    /** Where the fence of {@code block} opens in a file whose Markdown body starts on line {@code bodyLine}. */
    static FenceLine of(CardBlock block, int bodyLine) {
        return new FenceLine(bodyLine + block.lineIndex(), block.column(), block.info(), block.infoColumn());
    }
}
