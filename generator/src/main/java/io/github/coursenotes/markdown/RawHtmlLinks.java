package io.github.coursenotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Finds the attributes of raw HTML that the build checks and rewrites like Markdown links and
 * images (a relative {@code href}, every {@code src}, {@code id} and {@code name}) and adds each as
 * a {@link RawHtmlReference} child of its {@code HtmlInline} or {@code HtmlBlock}. Links to other
 * websites ({@code href="https://…"}, {@code mailto:}) are left alone.
 */
final class RawHtmlLinks implements PostProcessor {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    @Override
    public Node process(Node document) {
        List<Node> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline node) {
                html.add(node);
            }

            @Override
            public void visit(HtmlBlock node) {
                html.add(node);
            }
        });
        for (Node node : html) {
            String literal = node instanceof HtmlInline inline ? inline.getLiteral() : ((HtmlBlock) node).getLiteral();
            for (HtmlAttributes.Attribute attribute : HtmlAttributes.of(literal)) {
                RawHtmlReference.Kind kind = kind(attribute);
                if (kind != null) {
                    RawHtmlReference reference = new RawHtmlReference(kind, attribute.tagName(), attribute.name(),
                            attribute.value(), attribute.nameStart(), attribute.start(), attribute.end());
                    boolean quoted = literal.charAt(attribute.start()) == '"' || literal.charAt(attribute.start()) == '\'';
                    reference.setSourceSpans(TextSpans.locate(node.getSourceSpans(), literal,
                            attribute.start() + (quoted ? 1 : 0)));
                    node.appendChild(reference);
                }
            }
        }
        return document;
    }

    private static RawHtmlReference.Kind kind(HtmlAttributes.Attribute attribute) {
        return switch (attribute.name()) {
            case "href" -> isOtherSite(attribute.value()) ? null : RawHtmlReference.Kind.LINK;
            case "src" -> RawHtmlReference.Kind.SOURCE;
            case "id", "name" -> attribute.tagName().equals("meta") || attribute.tagName().equals("input")
                    || attribute.tagName().equals("param") || attribute.value().isBlank()
                    ? null : RawHtmlReference.Kind.ANCHOR;
            default -> null;
        };
    }

    private static boolean isOtherSite(String url) {
        return SCHEME.matcher(url.strip()).find() || url.strip().startsWith("//");
    }
}
