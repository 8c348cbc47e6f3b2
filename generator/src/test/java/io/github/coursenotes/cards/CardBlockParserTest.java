package io.github.coursenotes.cards;

import static io.github.coursenotes.cards.CardSamples.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.markdown.MarkdownFactory;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

/** The parser finds card fences with CommonMark's rules for fences; a card holds what a code block there would. */
class CardBlockParserTest {

    @Test
    void aCardIsABlockOfTheTreeWithItsFencesSourcePositions() {
        String body = "Intro.\n\n> ```card id=q\n> Q\n> ---\n> A\n> ```\n\nAfter.\n";
        CardBlock card = parse(body).card();
        assertTrue(card.getParent() instanceof BlockQuote);
        assertEquals(7, card.card().line());
        assertEquals(3, card.card().column());
        // the parser's own tree (a parsed page keeps only the positions later checks read)
        Node quote = MarkdownFactory.parser().parse(body).getFirstChild().getNext();
        CardBlock parsed = (CardBlock) quote.getFirstChild();
        assertEquals(List.of(2, 3, 4, 5, 6), parsed.getSourceSpans().stream().map(span -> span.getLineIndex()).toList());
        assertEquals(2, parsed.getSourceSpans().get(0).getColumnIndex(), "after the quote's marker");
    }

    @Test
    void aCardEndsAtAClosingFenceAtLeastAsLongOrWithItsContainer() {
        assertEquals("A ```", answer(parse("````card\nQ\n---\nA ```\n```\n````\n")).replace("\n", " ").strip());
        CardSamples.Result quoted = parse("> ```card\n> Q\n> ---\n> A\n\nNot in the card.\n");
        assertEquals("A", answer(quoted));
        assertTrue(quoted.page().document().getLastChild() instanceof Paragraph);
        assertEquals("A", answer(parse("~~~card\nQ\n---\nA\n~~~~\n")));
    }

    @Test
    void aBacktickFenceWhoseInfoHoldsABacktickIsNoFence() {
        CardSamples.Result result = parse("```card `x`\n\nText.\n");
        assertEquals(List.of(), result.cards());
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.page().document().getFirstChild() instanceof Paragraph);
    }

    @Test
    void aCardInsideACardIsCode() {
        CardBlock outer = parse("````card id=outer\nQ\n---\n```card id=inner\nX\n---\nY\n```\n````\n").card();
        Node inner = outer.parts(CardPart.Role.ANSWER).get(0).getFirstChild();
        assertTrue(inner instanceof FencedCodeBlock);
        assertEquals("card id=inner", ((FencedCodeBlock) inner).getInfo());
    }

    @Test
    void aFenceParsedOutsideAPageShowsAsTheCodeBlockItWouldBe() {
        Node document = MarkdownFactory.parser().parse("```card\nQ <b>\n---\nA\n```\n");
        assertEquals("<pre><code class=\"language-card\">Q &lt;b&gt;\n---\nA\n</code></pre>\n",
                MarkdownFactory.plainRenderer().render(document));
    }

    private static String answer(CardSamples.Result result) {
        return CardReader.plainText(result.card().parts(CardPart.Role.ANSWER).get(0));
    }
}
