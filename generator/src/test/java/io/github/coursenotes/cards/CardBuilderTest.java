package io.github.coursenotes.cards;

import static io.github.coursenotes.cards.CardSamples.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of each card type, each broken once; every diagnostic is checked with its exact location. */
class CardBuilderTest {

    private static final String FLIP = "a flip card needs a question, '---', then the answer";
    private static final String CLOZE = "a cloze card is one text with {{blanks}}, optionally '---' and an explanation";
    private static final String TRUEFALSE = "a true/false card needs a statement, '---', then 'true' or 'false'";
    private static final String CHOICE = "a choice card needs a question, '---', then options '- [x] right' / '- [ ] wrong'";
    private static final String ORDER = "an ordering card needs a question, '---', then numbered steps in the right order";

    @Test
    void aCardWithoutAnAnswerIsReportedAtItsFence() {
        assertEquals(List.of("content/01-ch/02-note.md:7:1: card has no answer: " + FLIP),
                errors("Intro.\n\n```card\nWhat is drift?\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:1: card has no answer: " + TRUEFALSE),
                errors("```card truefalse\nThe sky is green.\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:1: card has no answer: " + CHOICE),
                errors("```card choice\nWhich?\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:1: card has no answer: " + ORDER),
                errors("```card order\nSort them.\n```\n"));
    }

    @Test
    void tooManySectionsAreReportedAtTheFirstSeparatorTooMany() {
        assertEquals(List.of("content/01-ch/02-note.md:11:1: too many '---' separators in card: " + FLIP),
                errors("```card\nQ\n---\nA\n---\nExplanation\n---\nMore\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:9:1: too many '---' separators in card: " + CLOZE),
                errors("```card cloze\nA {{b}} c.\n---\nWhy\n---\nMore\n```\n"));
    }

    @Test
    void emptySectionsAreReported() {
        assertEquals(List.of("content/01-ch/02-note.md:5:1: card has an empty question: " + FLIP),
                errors("```card\n\n---\nA\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:1: card has an empty question: " + FLIP),
                errors("```card\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:7:1: card has an empty answer after this '---': " + FLIP),
                errors("```card\nQ\n---\n\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:9:1: card has an empty explanation after this '---': "
                + FLIP), errors("```card\nQ\n---\nA\n---\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:7:1: card has an empty explanation after this '---': "
                + CLOZE), errors("```card cloze\nA {{b}}.\n---\n   \n```\n"));
    }

    @Test
    void aChoiceCardNeedsARightOption() {
        assertEquals(List.of("content/01-ch/02-note.md:9:1: a choice card needs at least one right option, "
                + "marked '- [x]'"), errors("```card choice\nWhich?\n---\n\n- [ ] a\n- [ ] b\n```\n"));
    }

    @Test
    void aChoiceCardNeedsTwoOptions() {
        assertEquals(List.of("content/01-ch/02-note.md:8:1: a choice card needs at least two options"),
                errors("```card choice\nWhich?\n---\n- [x] only\n```\n"));
    }

    @Test
    void aChoiceCardAcceptsOnlyOptionLines() {
        assertEquals(List.of("content/01-ch/02-note.md:9:1: expected an option line '- [x] right answer' or "
                + "'- [ ] wrong answer', found 'Not an option'"),
                errors("```card choice\nWhich?\n---\n- [x] a\nNot an option\n- [ ] b\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:8:1: expected an option line '- [x] right answer' or "
                + "'- [ ] wrong answer', found '- plain item'"),
                errors("```card choice\nWhich?\n---\n- plain item\n- [x] b\n- [ ] c\n```\n"));
    }

    @Test
    void aClozeCardNeedsBlanks() {
        assertEquals(List.of("content/01-ch/02-note.md:5:1: cloze card has no blanks: write them as {{answer}}"),
                errors("```card cloze\nNo blanks here, and `{{code}}` is not one.\n```\n"));
    }

    @Test
    void anEmptyBlankIsReportedWhereItIsWritten() {
        assertEquals(List.of("content/01-ch/02-note.md:7:3: empty cloze blank '{{}}': write the answer inside"),
                errors("```card cloze\n\nA {{}} blank.\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:7:13: empty cloze blank '{{ | }}': write the answer inside"),
                errors("```card cloze\nFirst line\nA {{x}} and {{ | }} blank.\n```\n"));
    }

    @Test
    void aTrueFalseAnswerMustBeTrueOrFalse() {
        assertEquals(List.of("content/01-ch/02-note.md:9:3: the answer of a true/false card must be 'true' or "
                + "'false', found 'maybe'"), errors("```card truefalse\nStatement.\n---\n\n  Maybe\n```\n"));
        assertEquals(List.of(), errors("```card truefalse\nStatement.\n---\n TRUE \n```\n"));
    }

    @Test
    void anOrderingCardNeedsTwoNumberedSteps() {
        assertEquals(List.of("content/01-ch/02-note.md:8:1: an ordering card needs at least two steps"),
                errors("```card order\nSort.\n---\n1. only\n```\n"));
        assertEquals(List.of(
                "content/01-ch/02-note.md:8:1: expected a numbered step '1. first step' (write the steps in the "
                        + "right order), found '- a'",
                "content/01-ch/02-note.md:9:1: expected a numbered step '1. first step' (write the steps in the "
                        + "right order), found '- b'"),
                errors("```card order\nSort.\n---\n- a\n- b\n```\n"));
    }

    @Test
    void problemsInsideACardInAListItemAreShiftedByItsIndentation() {
        assertEquals(List.of("content/01-ch/02-note.md:10:3: a choice card needs at least one right option, "
                + "marked '- [x]'"), errors("- Item\n\n  ```card choice\n  Which?\n  ---\n  - [ ] a\n  - [ ] b\n  ```\n"));
    }

    @Test
    void everyMalformedCardOfAPageIsReported() {
        assertEquals(List.of(
                "content/01-ch/02-note.md:5:1: card has no answer: " + FLIP,
                "content/01-ch/02-note.md:9:1: cloze card has no blanks: write them as {{answer}}"),
                errors("```card\nQ\n```\n\n```card cloze\nNothing\n```\n"));
    }
}
