package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class SourcePositionsTest {

    private static final String BODY = """
            ## Section

            A paragraph with *emphasis*, `code` and a [link](other.md#part).

            - one
              - nested **item**

            > quoted

            ```card id=c1
            What is kept?
            ---
            The **tree**, without positions.
            ```
            """;

    @Test
    void aParsedPageKeepsThePositionsOfItsLinksAndHeadingsOnly() {
        ParsedPage page = new PageParser().parse(new Page("a.md", "content/a.md", "a.html", Page.Kind.NOTE, "A",
                null, 1, "a", BODY, 1), new Diagnostics());
        List<Node> nodes = nodes(page.document());
        assertTrue(nodes.size() > 15, "the whole tree is there: " + nodes.size() + " nodes");
        assertEquals(List.of("Heading", "Link"), nodes.stream().filter(node -> !node.getSourceSpans().isEmpty())
                .map(node -> node.getClass().getSimpleName()).toList(),
                "where a link starts names it for rendering; a heading's line is named by the card id check");
    }

    @Test
    void discardingKeepsTheTree() {
        Node document = MarkdownFactory.parser().parse(BODY);
        String before = MarkdownFactory.plainRenderer().render(document);
        assertTrue(nodes(document).stream().filter(node -> !node.getSourceSpans().isEmpty()).count() > 15);
        SourcePositions.discard(document);
        assertEquals(before, MarkdownFactory.plainRenderer().render(document));
        assertEquals(2, nodes(document).stream().filter(node -> !node.getSourceSpans().isEmpty()).count());
    }

    private static List<Node> nodes(Node root) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(root);
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            nodes.addAll(nodes(child));
        }
        return nodes;
    }
}
