package io.github.coursenotes.markdown;

import io.github.coursenotes.output.HtmlEscape;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes raw HTML as CommonMark's renderer does (as is, or escaped as text when raw HTML is off),
 * with the value of each {@link RawHtmlReference} that an attribute provider handles replaced by
 * what it gives: a link's resolved target, an image's path from the page, an id (with its prefix
 * on the print page). The renderer asks the providers with no attributes; a provider that handles
 * the reference puts the attribute, even unchanged. Such a value is written double-quoted and
 * escaped whatever it is, so every way of rendering a note writes the same bytes; values no
 * provider handles (a broken link, another website's image) stay exactly as written. A provider
 * that puts {@code null} leaves the attribute out, with the white space before it (a link in an
 * Anki card when the site's address is not known).
 */
final class RawHtmlNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    RawHtmlNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(HtmlInline.class, HtmlBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof HtmlBlock block) {
            html.line();
            if (context.shouldEscapeHtml()) {
                html.tag("p", context.extendAttributes(block, "p", Map.of()));
                html.text(block.getLiteral());
                html.tag("/p");
            } else {
                html.raw(rewritten(block, block.getLiteral()));
            }
            html.line();
        } else if (node instanceof HtmlInline inline) {
            if (context.shouldEscapeHtml()) {
                html.text(inline.getLiteral());
            } else {
                html.raw(rewritten(inline, inline.getLiteral()));
            }
        }
    }

    private String rewritten(Node node, String literal) {
        if (node.getFirstChild() == null) {
            return literal;
        }
        StringBuilder out = new StringBuilder(literal.length() + 32);
        int copied = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof RawHtmlReference reference)) {
                continue;
            }
            // asked with no attributes: a provider that handles this reference puts its value
            Map<String, String> given = context.extendAttributes(reference, reference.tagName(), Map.of());
            String value = given.get(reference.attribute());
            if (value != null) {
                out.append(literal, copied, reference.start()).append('"').append(HtmlEscape.escape(value)).append('"');
                copied = reference.end();
            } else if (given.containsKey(reference.attribute())) {
                out.append(literal, copied, reference.nameStart() - 1);
                copied = reference.end();
            }
        }
        return out.append(literal, copied, literal.length()).toString();
    }
}
