package io.github.coursenotes.cards;

import org.commonmark.node.CustomBlock;

/** One Markdown section of a card; its children are the parsed Markdown of that section. */
public final class CardPart extends CustomBlock {

    /** What the section is for. */
    public enum Role {
        PROMPT, ANSWER, OPTION, STEP, EXPLANATION
    }

    private final Role role;
    private final boolean correct;

    public CardPart(Role role, boolean correct) {
        this.role = role;
        this.correct = correct;
    }

    public Role role() {
        return role;
    }

    /** For options: whether this is a right answer. */
    public boolean correct() {
        return correct;
    }
}
