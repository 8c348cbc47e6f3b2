package io.github.coursenotes.markdown;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardContext;
import io.github.coursenotes.cards.CardReader;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Parses a note: Markdown tree, cards in place of their fences, outline and anchors. Thread-safe. */
public final class PageParser {

    private final Parser parser = MarkdownFactory.parser();

    public ParsedPage parse(Page page, Diagnostics diagnostics) {
        Node document = parser.parse(page.body());
        List<CardBlock> cards = replaceCards(document, page, diagnostics);
        Map<Heading, String> headingIds = HeadingAnchors.assign(document);
        // The theme prints the title as the page's <h1>; a leading "# Title" would repeat it.
        if (document.getFirstChild() instanceof Heading title && title.getLevel() == 1) {
            title.unlink();
        }
        List<OutlineEntry> outline = new ArrayList<>();
        Set<String> anchors = new LinkedHashSet<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String anchor = headingIds.get(heading);
                anchors.add(anchor);
                if (heading.getLevel() >= 2 && heading.getLevel() <= 3 && !(insideCard(heading))) {
                    outline.add(new OutlineEntry(heading.getLevel(), HeadingAnchors.text(heading), anchor));
                }
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition footnote) {
                    anchors.add("fn-" + footnote.getLabel());
                }
                visitChildren(block);
            }
        });
        cards.forEach(card -> anchors.add("card-" + card.card().id()));
        return new ParsedPage(page, document, List.copyOf(outline), headingIds, Set.copyOf(anchors), List.copyOf(cards));
    }

    private List<CardBlock> replaceCards(Node document, Page page, Diagnostics diagnostics) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if (CardReader.isCard(fence)) {
                    fences.add(fence);
                }
            }
        });
        CardReader reader = new CardReader(parser, diagnostics);
        CardContext context = new CardContext(page.label(), page.bodyLine(), pageKey(page), page.body());
        List<CardBlock> cards = new ArrayList<>();
        for (FencedCodeBlock fence : fences) {
            Optional<CardBlock> card = reader.read(fence, context);
            if (card.isPresent()) {
                card.get().setSourceSpans(fence.getSourceSpans());
                fence.insertBefore(card.get());
                cards.add(card.get());
            }
            fence.unlink();
        }
        return cards;
    }

    /** {@code lifecycle/stages.html} becomes {@code lifecycle-stages}. */
    static String pageKey(Page page) {
        String path = page.outputPath().replaceAll("\\.html$", "");
        return path.replace('/', '-');
    }

    private static boolean insideCard(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof CardBlock) {
                return true;
            }
        }
        return false;
    }
}
