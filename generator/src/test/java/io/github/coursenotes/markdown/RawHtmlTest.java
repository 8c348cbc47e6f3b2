package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The attributes of raw HTML that the build checks and rewrites, found where they stand, and rewritten in place. */
class RawHtmlTest {

    private static final Parser PARSER = MarkdownFactory.parser();

    private static List<String> references(String markdown) {
        List<String> found = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof RawHtmlReference reference) {
                    var span = reference.getSourceSpans().get(0);
                    found.add(reference.kind() + " " + reference.tagName() + " " + reference.attribute() + "="
                            + reference.value() + " @" + (span.getLineIndex() + 1) + ":" + (span.getColumnIndex() + 1));
                }
                visitChildren(node);
            }
        });
        return found;
    }

    @Test
    void linksImagesAndAnchorsAreFoundWithTheirPlace() {
        assertEquals(List.of("ANCHOR a id=top @1:8", "LINK a href=x.md#a&b @3:13", "SOURCE img src=images/a b.png @3:43",
                        "ANCHOR img id=pic @3:62", "ANCHOR a name=old @5:15"),
                references("<a id=\"top\"></a>\n\n<p><a href='x.md#a&amp;b'>x</a> <img src=\"images/a b.png\" id=pic></p>\n\n"
                        + "Text <a name=\"old\">here</a>.\n"));
    }

    @Test
    void otherSitesCommentsAndEndTagsAreLeftAlone() {
        assertEquals(List.of(), references("<!-- <a href=\"x.md\"> -->\n\n<a href=\"https://example.org\">x</a>"
                + " <a href=\"mailto:me@example.org\">m</a></a>\n"));
        assertEquals(List.of("SOURCE img src=https://example.org/a.png @1:11"), references("<img src=\"https://example.org/a.png\">\n"),
                "an image from elsewhere is found, to be reported");
    }

    @Test
    void aRendererRewritesOnlyTheValuesAProviderHandles() {
        HtmlRenderer renderer = MarkdownFactory.renderer(true, context -> (node, tag, attributes) -> {
            if (node instanceof RawHtmlReference reference && reference.kind() == RawHtmlReference.Kind.SOURCE) {
                attributes.put("src", "../" + reference.value());
            }
        });
        Node document = PARSER.parse("<p><img src='a.png' alt=\"A &amp; B\"> <a href=\"b.md\">b</a></p>\n");
        assertEquals("<p><img src=\"../a.png\" alt=\"A &amp; B\"> <a href=\"b.md\">b</a></p>\n", renderer.render(document));
        assertEquals("<p>&lt;img src=&quot;a.png&quot;&gt;</p>\n",
                MarkdownFactory.renderer(false, context -> (node, tag, attributes) -> { })
                        .render(PARSER.parse("<img src=\"a.png\">\n")), "escaped as text when raw HTML is off");
    }

    @Test
    void characterReferencesInValuesAreDecoded() {
        assertEquals("ö & ü <", HtmlAttributes.decode("&ouml; &amp; &#252; &lt;"));
        assertEquals("&unknown;", HtmlAttributes.decode("&unknown;"));
    }
}
