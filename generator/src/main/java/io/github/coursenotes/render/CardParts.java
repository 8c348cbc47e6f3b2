package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardType;
import java.util.List;

/**
 * A card's pieces rendered for one place, from which an export assembles its own fields (the Anki
 * package's note types).
 *
 * @param prompt       the question or statement; for a cloze card the text in Anki's cloze form
 * @param answer       a flip card's answer, or empty
 * @param options      a choice card's options in the author's order, or empty
 * @param steps        an ordering card's steps in the right order, or empty
 * @param shuffle      the order in which the site shows the steps (indexes into {@code steps})
 * @param truth        for a true/false card, whether the statement is true
 * @param explanations the explanations shown with the answer
 */
record CardParts(CardType type, String prompt, String answer, List<Option> options,
                 List<String> steps, List<Integer> shuffle, boolean truth, List<String> explanations) {

    /** An option of a choice card: its HTML without a paragraph around a single paragraph, and whether it is right. */
    record Option(String html, boolean correct) {
    }

    /** How many options are right. */
    long rightOptions() {
        return options.stream().filter(Option::correct).count();
    }
}
