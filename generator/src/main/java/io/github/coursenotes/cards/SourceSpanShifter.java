package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/** Moves the source spans of a separately parsed fragment to where the fragment stands in the page. */
public final class SourceSpanShifter {

    private SourceSpanShifter() {
    }

    public static void shift(Node root, int lines) {
        if (lines == 0) {
            return;
        }
        List<SourceSpan> shifted = new ArrayList<>();
        for (SourceSpan span : root.getSourceSpans()) {
            shifted.add(SourceSpan.of(span.getLineIndex() + lines, span.getColumnIndex(), span.getInputIndex(),
                    span.getLength()));
        }
        root.setSourceSpans(shifted);
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            shift(child, lines);
        }
    }
}
