package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardType;
import java.util.List;

/**
 * A card's pieces rendered once for one place, from which {@link CardFaces} assembles both the faces
 * of {@code cards.json} and the Anki text and the fields of the Anki package ({@link CardParts}).
 *
 * @param prompt       the question or statement; for a cloze card its text with {@link CardFaces#BLANK}
 *                     where each blank goes
 * @param blanks       a cloze card's blanks in order, each its answers (the first is the one shown)
 * @param answer       a flip card's answer, or empty
 * @param options      a choice card's options in the author's order, or empty
 * @param steps        an ordering card's steps in the right order, or empty
 * @param explanations the explanations shown with the answer
 */
record CardPieces(CardType type, String prompt, List<List<String>> blanks, String answer,
                  List<CardParts.Option> options, List<String> steps, List<String> explanations) {
}
