package io.github.coursenotes.cards;

import static io.github.coursenotes.cards.CardSamples.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;

/** Well-formed cards of each type become card nodes with their parts, located in the file. */
class CardReaderTest {

    @Test
    void aFlipCardHasAPromptAnAnswerAndAnOptionalExplanation() {
        CardBlock block = parse("Intro.\n\n```card id=f\nWhat is *drift*?\n---\nA change.\n---\nWhy it matters.\n```\n").card();
        Card card = block.card();
        assertEquals(new Card("f", CardType.FLIP, "content/01-ch/02-note.md", 7, 1, false, "What is drift?"), card);
        assertEquals(1, block.parts(CardPart.Role.ANSWER).size());
        assertEquals("A change.", CardReader.plainText(block.parts(CardPart.Role.ANSWER).get(0)));
        assertEquals("Why it matters.", CardReader.plainText(block.parts(CardPart.Role.EXPLANATION).get(0)));
        assertEquals(List.of(), parse("```card\nQ\n---\nA\n```\n").card().parts(CardPart.Role.EXPLANATION));
    }

    @Test
    void aClozeCardKeepsItsBlanksInTheText() {
        CardBlock block = parse("```card cloze id=c\nHold the {{data}} and vary the {{ code | model }}.\n```\n").card();
        assertEquals(CardType.CLOZE, block.card().type());
        assertEquals("Hold the data and vary the code.", block.card().promptText());
        assertEquals(List.of(List.of("data"), List.of("code", "model")), blanks(block));
    }

    @Test
    void aTrueFalseCardKnowsItsAnswer() {
        assertTrue(parse("```card truefalse\nWater is wet.\n---\ntrue\n```\n").card().card().trueFalse());
        assertFalse(parse("```card truefalse\nFire is cold.\n---\nFalse\n```\n").card().card().trueFalse());
    }

    @Test
    void aChoiceCardHasItsOptionsInOrderWithTheRightOnesMarked() {
        CardBlock block = parse("```card choice\nWhich?\n---\n- [ ] a\n- [x] *b*\n* [X] c\n+ [ ] d\n```\n").card();
        List<CardPart> options = block.parts(CardPart.Role.OPTION);
        assertEquals(List.of("a", "b", "c", "d"), options.stream().map(CardReader::plainText).toList());
        assertEquals(List.of(false, true, true, false), options.stream().map(CardPart::correct).toList());
    }

    @Test
    void optionsAndStepsMayContinueOnIndentedLines() {
        CardBlock block = parse("````card order\nSort.\n---\n1. First\n   more of the first\n\n   ```\n   code\n   ```\n"
                + "2) Second\n````\n").card();
        List<CardPart> steps = block.parts(CardPart.Role.STEP);
        assertEquals(2, steps.size());
        assertEquals("First more of the first", CardReader.plainText(steps.get(0)));
        assertEquals("FencedCodeBlock", steps.get(0).getLastChild().getClass().getSimpleName());
        assertEquals("Second", CardReader.plainText(steps.get(1)));
    }

    @Test
    void anOrderingCardKeepsItsStepsInTheRightOrder() {
        CardBlock block = parse("```card order\nSort.\n---\n1. Scoping\n2. Data\n3. Modeling\n```\n").card();
        assertEquals(List.of("Scoping", "Data", "Modeling"),
                block.parts(CardPart.Role.STEP).stream().map(CardReader::plainText).toList());
    }

    @Test
    void partsAreFullMarkdownWithSourcePositionsInTheFile() {
        CardBlock block = parse("```card\nQ with [a link](other.md).\n---\n- one\n- two\n\n![img](a.svg)\n```\n").card();
        CardPart answer = block.parts(CardPart.Role.ANSWER).get(0);
        assertEquals("BulletList", answer.getFirstChild().getClass().getSimpleName());
        assertEquals("Paragraph", answer.getLastChild().getClass().getSimpleName());
        // body line index 6 is file line 5 + 6 = 11, where the image is written (an image keeps its position)
        assertEquals(6, answer.getLastChild().getFirstChild().getSourceSpans().get(0).getLineIndex());
    }

    @Test
    void aSeparatorInsideACodeFenceDoesNotSplitTheCard() {
        CardBlock block = parse("````card\nWhat does this YAML hold?\n\n```yaml\n---\nkey: 1\n```\n---\nA document.\n````\n").card();
        CardPart prompt = block.parts(CardPart.Role.PROMPT).get(0);
        assertEquals("---\nkey: 1\n", ((FencedCodeBlock) prompt.getLastChild()).getLiteral());
        assertEquals("A document.", CardReader.plainText(block.parts(CardPart.Role.ANSWER).get(0)));
    }

    @Test
    void cardsAreAnchorsOfTheirPage() {
        CardSamples.Result result = parse("```card id=one\nQ\n---\nA\n```\n");
        assertTrue(result.page().anchors().contains("card-one"));
    }

    private static List<List<String>> blanks(CardBlock block) {
        List<List<String>> answers = new ArrayList<>();
        block.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof ClozeBlank blank) {
                    answers.add(blank.answers());
                }
            }
        });
        return answers;
    }
}
