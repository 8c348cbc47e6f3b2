package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * A card in the Markdown tree: a {@code ```card} fence as the parser found it ({@link
 * CardBlockParser}), then, once {@link CardReader} has read its text on its page, the card with
 * its {@link CardPart}s as children. A fence that does not read as a card is reported and removed
 * from the page.
 */
public final class CardBlock extends CustomBlock {

    private final int lineIndex;
    private final int column;
    private final String info;
    private final int infoColumn;
    private String text = "";
    private Card card;

    /**
     * @param lineIndex  the opening fence's line, from 0 at the note's body
     * @param column     1-based column of the first fence character
     * @param info       the info string, e.g. {@code card choice id=patterns}
     * @param infoColumn 1-based column of the info string's first character
     */
    CardBlock(int lineIndex, int column, String info, int infoColumn) {
        this.lineIndex = lineIndex;
        this.column = column;
        this.info = info;
        this.infoColumn = infoColumn;
    }

    /** The card; only for a block that was read. */
    public Card card() {
        if (card == null) {
            throw new IllegalStateException("card fence at line index " + lineIndex + " was not read");
        }
        return card;
    }

    /** Whether {@link CardReader} has read it. */
    boolean isRead() {
        return card != null;
    }

    /** The parts with the given role, in order. */
    public List<CardPart> parts(CardPart.Role role) {
        List<CardPart> parts = new ArrayList<>();
        for (Node child = getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof CardPart part && part.role() == role) {
                parts.add(part);
            }
        }
        return parts;
    }

    int lineIndex() {
        return lineIndex;
    }

    int column() {
        return column;
    }

    String info() {
        return info;
    }

    int infoColumn() {
        return infoColumn;
    }

    /** The lines between the fences, each ending in a line break, as a fenced code block's literal. */
    String text() {
        return text;
    }

    void closeFence(String text) {
        this.text = text;
    }

    /** Gives the block its card and its parts, once. */
    void read(Card card, List<CardPart> parts) {
        if (this.card != null) {
            throw new IllegalStateException("card " + card.id() + " read twice");
        }
        this.card = card;
        parts.forEach(this::appendChild);
    }
}
