package io.github.coursenotes.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardSectionsTest {

    @Test
    void splitsAtLinesThatAreExactlyThreeDashesAndKnowsWhereEachSectionStarts() {
        List<CardSection> sections = CardSections.split("Q\n---\nA\n  ---  \nE\n", 10);
        assertEquals(List.of(new CardSection("Q\n", 10), new CardSection("A\n", 12), new CardSection("E\n", 14)),
                sections);
    }

    @Test
    void longerRulesAndDashesInTextDoNotSplit() {
        assertEquals(1, CardSections.split("Q\n----\n--- not alone\n", 1).size());
    }

    @Test
    void separatorsInsideCodeFencesDoNotSplitUntilTheFenceCloses() {
        List<CardSection> sections = CardSections.split("~~~\n---\n```\n---\n~~~\n---\nA\n", 1);
        assertEquals(List.of(new CardSection("~~~\n---\n```\n---\n~~~\n", 1), new CardSection("A\n", 7)), sections);
    }

    @Test
    void theFirstTextOfASectionIsFoundPastBlankLinesAndIndentation() {
        CardSection section = new CardSection("\n\n   true\n", 20);
        assertEquals(22, section.firstTextLine());
        assertEquals(4, section.firstTextColumn());
    }
}
