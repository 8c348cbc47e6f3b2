package io.github.coursenotes.markdown;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.content.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A note after parsing.
 *
 * @param document   the Markdown tree, with cards in place of their fences; source spans are
 *                   relative to the body (line index 0 is {@code page.bodyLine()})
 * @param headingIds the anchor of every heading
 * @param anchors    every fragment the page answers to (headings, cards, footnotes, the title)
 * @param titleAnchor the id of the page's {@code <h1>} (its title), unique on the page; empty
 *                   for a page that could not be parsed
 */
public record ParsedPage(Page page, Node document, List<OutlineEntry> outline, Map<Heading, String> headingIds,
                         Set<String> anchors, List<CardBlock> cards, String titleAnchor) {
}
