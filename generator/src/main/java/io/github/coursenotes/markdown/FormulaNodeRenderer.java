package io.github.coursenotes.markdown;

import io.github.coursenotes.output.HtmlEscape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Writes formulas as the MathML the math stage made for them, with their TeX in a {@code data-tex}
 * attribute; a formula on display is wrapped in
 * a {@code <div class="math-display" role="group" tabindex="0" aria-label="Formula">} that scrolls
 * sideways when the formula is wider than the page, and that the keyboard can scroll. A formula
 * without MathML (its TeX has an error, which was reported) shows its TeX as code.
 */
final class FormulaNodeRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    FormulaNodeRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(InlineFormula.class, FormulaBlock.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof FormulaBlock block) {
            renderBlock(block);
        } else if (node instanceof InlineFormula formula) {
            renderFormula(formula, formula.formula().display() ? "$$" : "$");
        }
    }

    private void renderBlock(FormulaBlock block) {
        html.line();
        if (!block.closed()) {
            html.tag("p", context.extendAttributes(block, "p", Map.of()));
            html.text("$$" + block.formula().tex());
            html.tag("/p");
        } else {
            Map<String, String> wrapper = new LinkedHashMap<>();
            wrapper.put("class", "math-display");
            wrapper.put("role", "group");
            wrapper.put("tabindex", "0"); // it may scroll sideways: the keyboard must reach it (as tables)
            wrapper.put("aria-label", "Formula");
            html.tag("div", context.extendAttributes(block, "div", wrapper));
            renderFormula(block, "$$");
            html.tag("/div");
        }
        html.line();
    }

    /**
     * The MathML with its TeX in a {@code data-tex} attribute of {@code <math>}: what other programs
     * reading the cards' HTML and the Anki exports ({@code deck.AnkiHtml} writes {@code \(…\)}) use.
     */
    static String withTex(String mathml, String tex) {
        if (!mathml.startsWith("<math")) {
            return mathml;
        }
        return "<math data-tex=\"" + HtmlEscape.escape(tex.strip()) + "\"" + mathml.substring("<math".length());
    }


    private void renderFormula(FormulaNode node, String delimiter) {
        Formula formula = node.formula();
        if (node.mathml() != null) {
            html.raw(withTex(node.mathml(), formula.tex()));
        } else {
            html.tag("code", Map.of("class", "math-tex"));
            html.text(delimiter + formula.tex() + delimiter);
            html.tag("/code");
        }
    }
}
