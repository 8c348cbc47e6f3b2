package io.github.coursenotes.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes a {@link Callout} as {@code <div class="callout callout-note" role="note">}: a title with
 * its icon and the kind's name ("Note", "Warning"...), then the content. The icon is inline SVG
 * (nothing is loaded) and hidden from screen readers, which read the title; the theme colours
 * each kind, but the title and icon tell them apart without colour.
 */
final class CalloutNodeRenderer implements NodeRenderer {

    /** 16×16 icons drawn for the theme: a ring with "i", a bulb, a bubble, a triangle and an octagon with "!". */
    private static final Map<Callout.Kind, String> ICONS = Map.of(
            Callout.Kind.NOTE, "M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0Zm0 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM7 4h2v2H7Zm0 3h2v5H7Z",
            Callout.Kind.TIP, "M8 0.5a5.5 5.5 0 0 1 3.25 9.94V12h-6.5v-1.56A5.5 5.5 0 0 1 8 0.5ZM5.25 13h5.5v1.25L9.5 15.5h-3l-1.25-1.25Z",
            Callout.Kind.IMPORTANT, "M1.5 1.5h13v10h-7l-3.5 3v-3H1.5ZM7 3.5h2v4.5H7Zm0 5.5h2v1.5H7Z",
            Callout.Kind.WARNING, "M8 0.75 15.5 14.5H0.5ZM7 5.5h2v4.5H7Zm0 5.5h2v1.75H7Z",
            Callout.Kind.CAUTION, "M5 0.5h6L15.5 5v6L11 15.5H5L0.5 11V5ZM7 3.75h2v5H7Zm0 6h2v2H7Z");

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CalloutNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Callout.class);
    }

    @Override
    public void render(Node node) {
        Callout callout = (Callout) node;
        Callout.Kind kind = callout.kind();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("class", "callout callout-" + kind.keyword());
        attributes.put("role", "note");
        html.line();
        html.tag("div", context.extendAttributes(callout, "div", attributes));
        html.line();
        html.tag("p", Map.of("class", "callout-title"));
        html.raw("<svg class=\"callout-icon\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\""
                + " focusable=\"false\"><path fill-rule=\"evenodd\" d=\"" + ICONS.get(kind) + "\"/></svg>");
        html.text(kind.title());
        html.tag("/p");
        html.line();
        for (Node child = callout.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.line();
        html.tag("/div");
        html.line();
    }
}
