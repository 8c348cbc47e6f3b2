package io.github.coursenotes.cards;

import static io.github.coursenotes.cards.CardSamples.errors;
import static io.github.coursenotes.cards.CardSamples.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CardInfoTest {

    @Test
    void aCardWithoutTypeIsAFlipCard() {
        assertEquals(CardType.FLIP, parse("```card\nQ\n---\nA\n```\n").card().card().type());
    }

    @Test
    void typeAndIdMayComeInAnyOrderAndTheTypeIgnoresCase() {
        Card card = parse("```card id=x-1 Choice\nQ\n---\n- [x] a\n- [ ] b\n```\n").card().card();
        assertEquals(CardType.CHOICE, card.type());
        assertEquals("x-1", card.id());
    }

    @Test
    void quotedIdsAreUnquoted() {
        assertEquals("q.1", parse("```card id=\"q.1\"\nQ\n---\nA\n```\n").card().card().id());
        assertEquals("q_2", parse("```card id='q_2'\nQ\n---\nA\n```\n").card().card().id());
    }

    @Test
    void unknownTypeIsReportedAtTheWord() {
        assertEquals(List.of("content/01-ch/02-note.md:5:9: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("```card quiz\nQ\n---\nA\n```\n"));
    }

    @Test
    void unknownAttributeIsReportedAtTheAttribute() {
        assertEquals(List.of("content/01-ch/02-note.md:5:14: unknown card attribute 'lang' "
                + "(the only attribute is id=...)"), errors("```card flip lang=en\nQ\n---\nA\n```\n"));
    }

    @Test
    void invalidIdIsReported() {
        assertEquals(List.of("content/01-ch/02-note.md:5:9: invalid card id 'a!b': use letters, digits, "
                + "'-', '_' or '.', starting with a letter or digit"), errors("```card id=a!b\nQ\n---\nA\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:9: invalid card id '-a': use letters, digits, "
                + "'-', '_' or '.', starting with a letter or digit"), errors("```card id=-a\nQ\n---\nA\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:9: invalid card id '': use letters, digits, "
                + "'-', '_' or '.', starting with a letter or digit"), errors("```card id=\nQ\n---\nA\n```\n"));
    }

    @Test
    void aQuotedIdWithASpaceIsOneInvalidId() {
        assertEquals(List.of("content/01-ch/02-note.md:5:9: invalid card id 'my card': use letters, digits, "
                + "'-', '_' or '.', starting with a letter or digit"),
                errors("```card id=\"my card\"\nQ\n---\nA\n```\n"));
    }

    @Test
    void twoTypesAreReportedAtTheSecond() {
        assertEquals(List.of("content/01-ch/02-note.md:5:14: card has two types: 'flip' and 'flip'"),
                errors("```card flip flip\nQ\n---\nA\n```\n"));
    }

    @Test
    void twoIdsAreReportedAtTheSecond() {
        assertEquals(List.of("content/01-ch/02-note.md:5:14: card has two ids: 'a' and 'b'"),
                errors("```card id=a id=b\nQ\n---\nA\n```\n"));
    }

    @Test
    void columnsFollowTheFenceAsWritten() {
        assertEquals(List.of("content/01-ch/02-note.md:5:10: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("````card quiz\nQ\n---\nA\n````\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:11: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("```  card quiz\nQ\n---\nA\n```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:5:11: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("  ```card quiz\n  Q\n  ---\n  A\n  ```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:7:11: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("- item\n\n  ```card quiz\n  Q\n  ---\n  A\n  ```\n"));
        assertEquals(List.of("content/01-ch/02-note.md:6:11: unknown card type 'quiz' (expected one of flip, "
                + "cloze, truefalse, choice, order)"), errors("Text\n> ```card quiz\n> Q\n> ---\n> A\n> ```\n"));
    }

    @Test
    void everyProblemOfTheInfoStringIsReported() {
        assertEquals(List.of(
                "content/01-ch/02-note.md:5:9: unknown card type 'quiz' (expected one of flip, cloze, truefalse, "
                        + "choice, order)",
                "content/01-ch/02-note.md:5:14: unknown card attribute 'level' (the only attribute is id=...)"),
                errors("```card quiz level=2\nQ\n---\nA\n```\n"));
    }

    @Test
    void aMalformedCardIsLeftOutOfThePage() {
        CardSamples.Result result = parse("Before.\n\n```card quiz\nQ\n---\nA\n```\n\nAfter.\n");
        assertEquals(List.of(), result.cards());
        assertEquals("Paragraph", result.page().document().getFirstChild().getNext().getClass().getSimpleName(),
                "the fence is removed, not shown as code");
    }

    @Test
    void otherFencesAreNotCards() {
        CardSamples.Result result = parse("```cards\nx\n```\n\n```java card\ny\n```\n");
        assertEquals(List.of(), result.cards());
        assertEquals(List.of(), result.diagnostics());
    }
}
