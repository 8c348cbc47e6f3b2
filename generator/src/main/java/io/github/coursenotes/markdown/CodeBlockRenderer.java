package io.github.coursenotes.markdown;

import io.github.coursenotes.highlight.CodeHighlighter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Fenced code as CommonMark writes it ({@code <pre><code class="language-python">}), with the code
 * highlighted at build time by {@link CodeHighlighter} when the fence names a language it knows;
 * other code stays plain text.
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
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo();
        String language = info.split(" ", 2)[0];
        Map<String, String> attributes = new LinkedHashMap<>();
        if (!language.isEmpty()) {
            attributes.put("class", "language-" + language);
        }
        html.line();
        html.tag("pre", context.extendAttributes(block, "pre", Map.of()));
        html.tag("code", context.extendAttributes(block, "code", attributes));
        Optional<String> highlighted = language.isEmpty() ? Optional.empty()
                : CodeHighlighter.highlight(language, block.getLiteral());
        if (highlighted.isPresent()) {
            html.raw(highlighted.get());
        } else {
            html.text(block.getLiteral());
        }
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
