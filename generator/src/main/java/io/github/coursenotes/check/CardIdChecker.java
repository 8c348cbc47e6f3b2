package io.github.coursenotes.check;

import io.github.coursenotes.cards.Card;
import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardNodeRenderer;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.text.PlainText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;

/**
 * Reports card ids used twice in the course (progress is stored by id, so ids must be unique) and
 * cards whose HTML ids clash with a heading's anchor on the same page.
 */
public final class CardIdChecker {

    private CardIdChecker() {
    }

    /** Reports card ids used twice in the course; needs only the cards, not the pages' source positions. */
    public static void checkDuplicates(List<ParsedPage> pages, Diagnostics diagnostics) {
        Map<String, Card> seen = new HashMap<>();
        for (ParsedPage page : pages) {
            for (CardBlock block : page.cards()) {
                Card card = block.card();
                Card first = seen.putIfAbsent(card.id(), card);
                if (first != null) {
                    diagnostics.error(card.label(), card.line(), card.column(), "duplicate card id '" + card.id()
                            + "', first used at " + first.label() + ":" + first.line()
                            + "; give one of them another id=");
                }
            }
        }
    }

    /** Reports the cards of one page whose HTML ids clash with a heading's anchor; needs the page's source positions. */
    public static void checkHeadingClashes(ParsedPage page, Diagnostics diagnostics) {
        Map<String, Heading> headings = new HashMap<>();
        // a leading title heading is removed from the tree (the theme prints the title): it has no anchor
        page.headingIds().forEach((heading, anchor) -> {
            if (heading.getParent() != null) {
                headings.put(anchor, heading);
            }
        });
        for (CardBlock block : page.cards()) {
            Card card = block.card();
            for (String id : CardNodeRenderer.elementIds(block)) {
                Heading heading = headings.get(id);
                if (heading != null) {
                    int line = page.page().bodyLine() + (heading.getSourceSpans().isEmpty() ? 0
                            : heading.getSourceSpans().get(0).getLineIndex());
                    diagnostics.error(card.label(), card.line(), card.column(), "card id '" + card.id()
                            + "' gives the HTML id '" + id + "', which is also the anchor of the heading '"
                            + PlainText.ofHeading(heading) + "' on line " + line + "; give the card another id=");
                }
            }
        }
    }
}
