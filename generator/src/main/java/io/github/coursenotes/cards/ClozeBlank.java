package io.github.coursenotes.cards;

import io.github.coursenotes.text.SpokenAs;
import java.util.List;
import org.commonmark.node.CustomNode;

/** A blank in a cloze card, {@code {{answer|alternative}}}: the accepted answers, first is canonical. */
public final class ClozeBlank extends CustomNode implements SpokenAs {

    private final List<String> answers;
    private final int number;

    public ClozeBlank(List<String> answers, int number) {
        this.answers = List.copyOf(answers);
        this.number = number;
    }

    public List<String> answers() {
        return answers;
    }

    /** 1-based position of the blank in its card. */
    public int number() {
        return number;
    }

    /** A blank reads as its first answer. */
    @Override
    public String plainText() {
        return answers().get(0);
    }
}
