package io.github.coursenotes.cards;

import static io.github.coursenotes.cards.CardSamples.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardIdsTest {

    @Test
    void derivedIdsAreThePageKeyAndAHashOfTheQuestion() {
        String id = parse("```card\nWhat is data drift?\n---\nA\n```\n").card().card().id();
        assertTrue(id.matches("ch-note-[0-9a-f]{8}"), id);
        assertEquals(CardIds.derive("ch-note", "What is data drift?"), id);
    }

    @Test
    void derivedIdsAreStableAcrossBuildsAndEditsOfTheAnswer() {
        String first = parse("```card\nWhat is data drift?\n---\nA\n```\n").card().card().id();
        String again = parse("Text added above.\n\n```card\nWhat is  *data*\ndrift?\n---\nAnother answer\n```\n")
                .card().card().id();
        assertEquals(first, again, "formatting, line breaks and the answer do not change the id");
        assertEquals("ch-note-5561fc91", first, "the derivation is fixed: changing it loses learners' progress");
    }

    @Test
    void derivedIdsDependOnThePageAndTheQuestion() {
        String here = parse("```card\nWhat is data drift?\n---\nA\n```\n").card().card().id();
        assertNotEquals(here, parse("```card\nWhat is concept drift?\n---\nA\n```\n").card().card().id());
        assertNotEquals(here, parse("```card\nWhat is data drift?\n---\nA\n```\n", "other/page.html")
                .card().card().id());
    }

    @Test
    void anExplicitIdWins() {
        assertEquals("drift", parse("```card id=drift\nWhat is data drift?\n---\nA\n```\n").card().card().id());
    }
}
