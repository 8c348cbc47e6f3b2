package io.github.coursenotes.markdown;

import io.github.coursenotes.highlight.CodeHighlighter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Code blocks as CommonMark writes them ({@code <pre><code class="language-python">}), with the code
 * highlighted at build time by {@link CodeHighlighter} when the fence names a language it knows
 * (other code stays plain text), and {@code tabindex="0"} on the {@code <pre>}, which scrolls
 * sideways when a line is longer than the screen is wide.
 */
final class CodeBlockRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CodeBlockRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        String info = node instanceof FencedCodeBlock fenced && fenced.getInfo() != null ? fenced.getInfo() : "";
        String literal = node instanceof FencedCodeBlock fenced ? fenced.getLiteral() : ((IndentedCodeBlock) node).getLiteral();
        String language = info.split(" ", 2)[0];
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!language.isEmpty()) {
            attributes.put("class", "language-" + language);
        }
        html.line();
        // a long line scrolls the block sideways: keyboard users reach it with Tab
        html.tag("pre", context.extendAttributes(node, "pre", Map.of("tabindex", "0")));
        html.tag("code", context.extendAttributes(node, "code", attributes));
        Optional<String> highlighted = language.isEmpty() ? Optional.empty() : CodeHighlighter.highlight(language, literal);
        if (highlighted.isPresent()) {
            html.raw(highlighted.get());
        } else {
            html.text(literal);
        }
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
