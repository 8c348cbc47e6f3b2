package io.github.coursenotes.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Cuts the Markdown tree at {@value #MAX_DEPTH} levels and leaves a {@link TooDeeplyNested} marker
 * where it cut. CommonMark's block parser is iterative, but the visitors and the HTML renderer
 * recurse once per level, so 10,000 nested block quotes would overflow the stack. This runs as the
 * parser's first post-processor, before any extension's recursive one, and walks the tree without
 * recursion; everything after it sees a tree of bounded depth.
 */
final class NestingLimit implements PostProcessor {

    /** Levels of the node tree (a list item inside a list is two); no real note comes near it. */
    static final int MAX_DEPTH = 100;

    private record Entry(Node node, int depth) {
    }

    @Override
    public Node process(Node document) {
        Deque<Entry> pending = new ArrayDeque<>();
        pending.push(new Entry(document, 0));
        while (!pending.isEmpty()) {
            Entry entry = pending.pop();
            Node first = entry.node().getFirstChild();
            if (first == null) {
                continue;
            }
            if (entry.depth() == MAX_DEPTH) {
                cut(document, entry.node());
                continue;
            }
            for (Node child = first; child != null; child = child.getNext()) {
                pending.push(new Entry(child, entry.depth() + 1));
            }
        }
        return document;
    }

    /** Drops the children of {@code node} and records where, for {@link PageParser} to report. */
    private static void cut(Node document, Node node) {
        TooDeeplyNested marker = new TooDeeplyNested(MAX_DEPTH);
        marker.setSourceSpans(node.getFirstChild().getSourceSpans());
        // unlink iteratively: the subtree may be thousands of levels deep
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            child.unlink();
            child = next;
        }
        document.appendChild(marker);
    }
}
