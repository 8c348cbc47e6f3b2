package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardType;
import java.util.List;

/**
 * A card rendered once, piece by piece, for the deck exports: each export assembles its own faces
 * or fields from the pieces. All HTML is rendered with {@link CardFaces#PREFIX_MARK} where the way
 * to the site root goes.
 *
 * @param prompt       the question or statement; for a cloze card the text with each blank as the
 *                     card renderer writes it (an {@code input} of class {@code cloze-blank})
 * @param answer       a flip card's answer, or empty
 * @param options      a choice card's options in the author's order, or empty
 * @param steps        an ordering card's steps in the right order, or empty
 * @param shuffle      the order in which the site shows the steps (indexes into {@code steps})
 * @param truth        for a true/false card, whether the statement is true
 * @param blanks       a cloze card's blanks: each one's accepted answers, the canonical one first
 * @param explanations the explanations shown with the answer
 */
record CardParts(LocatedCard located, CardType type, String prompt, String answer, List<Option> options,
                 List<String> steps, List<Integer> shuffle, boolean truth, List<List<String>> blanks,
                 List<String> explanations) {

    /** An option of a choice card: its HTML without a paragraph around a single paragraph, and whether it is right. */
    record Option(String html, boolean correct) {
    }

    /** How many options are right. */
    long rightOptions() {
        return options.stream().filter(Option::correct).count();
    }
}
