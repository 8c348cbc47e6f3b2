package io.github.coursenotes.markdown;

import io.github.coursenotes.text.PlainText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Headings as CommonMark writes them, plus a permalink after the text of each heading that has an
 * id: {@code <a class="heading-link" href="#rollback" aria-label="Link to the section “Rollback”"></a>}.
 * The link is empty, so the heading's text stays its own (in tests, copied text, reader views):
 * the theme draws its "#" and shows it on hover and focus.
 */
final class HeadingLinkRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    HeadingLinkRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
        Heading heading = (Heading) node;
        String tag = "h" + heading.getLevel();
        Map<String, String> attributes = context.extendAttributes(heading, tag, Map.of());
        html.line();
        html.tag(tag, attributes);
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        String id = attributes.get("id");
        if (id != null && !id.isEmpty()) {
            Map<String, String> link = new LinkedHashMap<>();
            link.put("class", "heading-link");
            link.put("href", "#" + id);
            link.put("aria-label", "Link to the section “" + PlainText.ofHeading(heading) + "”");
            html.tag("a", link);
            html.tag("/a");
        }
        html.tag("/" + tag);
        html.line();
    }
}
