package io.github.coursenotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * GitHub's alerts: a block quote whose first line is {@code [!NOTE]}, {@code [!TIP]},
 * {@code [!IMPORTANT]}, {@code [!WARNING]} or {@code [!CAUTION]} (in any case) becomes a
 * {@link Callout} holding the rest of the quote. A quote with another word ({@code [!DANGER]})
 * stays a quote, as on GitHub; {@link ForeignSyntax} reports it.
 */
final class Alerts implements PostProcessor {

    /** The marker alone on the quote's first line. */
    static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)]\\s*");

    @Override
    public Node process(Node document) {
        List<BlockQuote> quotes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                quotes.add(quote);
                visitChildren(quote);
            }
        });
        quotes.forEach(Alerts::convert);
        return document;
    }

    /** The marker's word when {@code quote} starts with one, known or not. */
    static Optional<String> markerWord(BlockQuote quote) {
        if (quote.getFirstChild() instanceof Paragraph paragraph && paragraph.getFirstChild() instanceof Text text
                && (text.getNext() == null || text.getNext() instanceof SoftLineBreak
                || text.getNext() instanceof HardLineBreak)) {
            Matcher marker = MARKER.matcher(text.getLiteral());
            if (marker.matches()) {
                return Optional.of(marker.group(1));
            }
        }
        return Optional.empty();
    }

    private static void convert(BlockQuote quote) {
        Optional<Callout.Kind> kind = markerWord(quote).flatMap(Callout.Kind::of);
        if (kind.isEmpty()) {
            return;
        }
        Paragraph first = (Paragraph) quote.getFirstChild();
        Node marker = first.getFirstChild();
        Node lineBreak = marker.getNext();
        marker.unlink();
        if (lineBreak != null) {
            lineBreak.unlink();
        }
        if (first.getFirstChild() == null) {
            first.unlink();
        }
        Callout callout = new Callout(kind.get());
        callout.setSourceSpans(quote.getSourceSpans());
        for (Node child = quote.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            callout.appendChild(child);
            child = next;
        }
        quote.insertBefore(callout);
        quote.unlink();
    }
}
