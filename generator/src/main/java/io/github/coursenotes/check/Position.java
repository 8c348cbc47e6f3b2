package io.github.coursenotes.check;

import io.github.coursenotes.content.Page;
import org.commonmark.node.Node;

/** A node's place in its source file, for diagnostics. */
record Position(String label, int line, int column) {

    static Position of(Page page, Node node) {
        if (node.getSourceSpans().isEmpty()) {
            return new Position(page.label(), page.bodyLine(), 1);
        }
        var span = node.getSourceSpans().get(0);
        return new Position(page.label(), page.bodyLine() + span.getLineIndex(), span.getColumnIndex() + 1);
    }
}
