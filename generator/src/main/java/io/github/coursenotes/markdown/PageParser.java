package io.github.coursenotes.markdown;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardContext;
import io.github.coursenotes.cards.CardNodeRenderer;
import io.github.coursenotes.cards.CardReader;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.text.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/** Parses a note: Markdown tree, its cards read, outline and anchors. Thread-safe. */
public final class PageParser {

    private static final String TOO_DEEP = "Markdown nested too deeply to parse "
            + "(emphasis, links or images inside one another thousands of times); flatten it";

    private final Parser parser = MarkdownFactory.parser();
    private final Parser cardSections = MarkdownFactory.cardSectionParser();

    /**
     * Parses one note. CommonMark's inline parser recurses once per level of emphasis, links or
     * images nested in one another, so thousands of such levels would overflow the stack inside the
     * library, before {@link NestingLimit} can cut the tree; {@link InlineNestingLimit} rejects such
     * input before parsing, by the text alone, so the diagnostic is the same on every JVM. Catching
     * {@link StackOverflowError} stays only as a last resort for a thread with a tiny stack (the one
     * place that catches it): the page is left empty with the same error. Nothing shared is left
     * half-changed: the parser is immutable and the tree is this call's own.
     */
    public ParsedPage parse(Page page, Diagnostics diagnostics) {
        OptionalInt slowLine = AngleBracketLimit.firstLineOverLimit(page.body());
        if (slowLine.isPresent()) {
            diagnostics.error(page.label(), page.bodyLine() + slowLine.getAsInt(), 1, "more than "
                    + AngleBracketLimit.MAX_PER_LINE + " '<' on one line, which makes Markdown parsing take seconds;"
                    + " split the line, or write '&lt;' for a '<' that starts no tag");
            return empty(page);
        }
        OptionalInt deepLine = InlineNestingLimit.firstLineOverLimit(page.body());
        if (deepLine.isPresent()) {
            diagnostics.error(page.label(), page.bodyLine() + deepLine.getAsInt(), 1, TOO_DEEP);
            return empty(page);
        }
        try {
            return parseNote(page, diagnostics);
        } catch (StackOverflowError tooDeep) {
            diagnostics.error(page.label(), page.bodyLine(), 1, TOO_DEEP);
            return empty(page);
        }
    }

    private static ParsedPage empty(Page page) {
        return new ParsedPage(page, new Document(), List.of(), Map.of(), Set.of(), List.of(), "");
    }

    private ParsedPage parseNote(Page page, Diagnostics diagnostics) {
        Node document = parser.parse(page.body());
        List<CardBlock> cards = readCards(document, page, diagnostics);
        reportTooDeeplyNested(document, page, diagnostics);
        ForeignSyntax.check(document, page, diagnostics);
        Formulas.typeset(document, page, diagnostics);
        IdGenerator ids = HeadingAnchors.generator();
        Map<Heading, String> headingIds = HeadingAnchors.assign(document, ids);
        // The theme prints the title as the page's <h1>; a leading "# Title" would repeat it, and so
        // would a leading heading of another level that gave the title ("### 1.1 Overview").
        String titleHeadingId = null;
        if (document.getFirstChild() instanceof Heading title
                && (title.getLevel() == 1 || PlainText.ofHeading(title).equals(page.title()))) {
            titleHeadingId = headingIds.get(title);
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
                    outline.add(new OutlineEntry(heading.getLevel(), PlainText.ofHeading(heading), anchor));
                }
            }

            @Override
            public void visit(CustomBlock block) {
                if (block instanceof FootnoteDefinition footnote) {
                    anchors.add("fn-" + footnote.getLabel());
                }
                visitChildren(block);
            }

            @Override
            public void visit(CustomNode node) {
                // <a id="setup"></a> and <a name="setup"> in raw HTML are anchors too, as on GitHub
                if (node instanceof RawHtmlReference reference && reference.kind() == RawHtmlReference.Kind.ANCHOR) {
                    anchors.add(reference.value());
                }
                visitChildren(node);
            }
        });
        cards.forEach(card -> anchors.add("card-" + card.card().id()));
        String titleAnchor = titleAnchor(page, titleHeadingId, ids, anchors, cards);
        anchors.add(titleAnchor);
        SourcePositions.discard(document);
        return new ParsedPage(page, document, List.copyOf(outline), headingIds, Set.copyOf(anchors), List.copyOf(cards),
                titleAnchor);
    }

    /**
     * The id of the page's {@code <h1>}: what GitHub gives a leading {@code # Title} (generated first,
     * so the page's other headings keep GitHub's numbering), else the slug of the page's title, taken
     * after every heading so their anchors do not change; either way unique against the page's other
     * heading, footnote and card element ids.
     */
    private static String titleAnchor(Page page, String titleHeadingId, IdGenerator ids, Set<String> anchors,
                                      List<CardBlock> cards) {
        Set<String> taken = new HashSet<>(anchors);
        cards.forEach(card -> taken.addAll(CardNodeRenderer.elementIds(card)));
        String anchor = titleHeadingId != null ? titleHeadingId : ids.generateId(page.title());
        while (taken.contains(anchor)) {
            anchor = ids.generateId(page.title());
        }
        return anchor;
    }

    /** Reads the card fences of the page; one that does not read as a card is reported and removed. */
    private List<CardBlock> readCards(Node document, Page page, Diagnostics diagnostics) {
        List<CardBlock> fences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof CardBlock card) {
                    fences.add(card);
                } else {
                    visitChildren(block);
                }
            }
        });
        CardReader reader = new CardReader(cardSections, diagnostics);
        CardContext context = new CardContext(page.label(), page.bodyLine(), page.key());
        List<CardBlock> cards = new ArrayList<>();
        for (CardBlock fence : fences) {
            if (reader.read(fence, context)) {
                cards.add(fence);
            } else {
                fence.unlink();
            }
        }
        return cards;
    }

    /** Reports and removes the markers {@link NestingLimit} left, in the page and in its cards. */
    private static void reportTooDeeplyNested(Node document, Page page, Diagnostics diagnostics) {
        List<TooDeeplyNested> markers = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TooDeeplyNested marker) {
                    markers.add(marker);
                } else {
                    visitChildren(block);
                }
            }
        });
        for (TooDeeplyNested marker : markers) {
            var span = marker.getSourceSpans().isEmpty() ? null : marker.getSourceSpans().get(0);
            diagnostics.error(page.label(), page.bodyLine() + (span == null ? 0 : span.getLineIndex()),
                    1 + (span == null ? 0 : span.getColumnIndex()), "Markdown nested more than " + marker.limit()
                            + " levels deep (block quotes, lists or emphasis inside one another); flatten it");
            marker.unlink();
        }
    }

    /** {@code lifecycle/stages.html} becomes {@code lifecycle-stages}. */
    private static boolean insideCard(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof CardBlock) {
                return true;
            }
        }
        return false;
    }
}
