package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/** A card in the Markdown tree, in place of its fenced block; its children are {@link CardPart}s. */
public final class CardBlock extends CustomBlock {

    private final Card card;

    public CardBlock(Card card) {
        this.card = card;
    }

    public Card card() {
        return card;
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
}
