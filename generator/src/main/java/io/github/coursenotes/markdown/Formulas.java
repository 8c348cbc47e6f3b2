package io.github.coursenotes.markdown;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.math.MathCache;
import io.github.coursenotes.math.TexResult;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Typesets the formulas of a parsed note into MathML at build time ({@link MathCache}), so the
 * site shows mathematics without JavaScript, fonts or anything loaded from elsewhere. A TeX error
 * is an error at the character it names; a {@code $$} that is never closed, and styles the site
 * cannot apply, are warnings. A note without formulas costs one walk of its tree.
 */
final class Formulas {

    private Formulas() {
    }

    static void typeset(Node document, Page page, Diagnostics diagnostics) {
        List<FormulaNode> formulas = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FormulaNode formula) {
                    formulas.add(formula);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof FormulaNode formula) {
                    formulas.add(formula);
                }
                visitChildren(node);
            }
        });
        for (FormulaNode formula : formulas) {
            typeset(formula, page, diagnostics);
            formula.discardTexSpans();
        }
    }

    private static void typeset(FormulaNode node, Page page, Diagnostics diagnostics) {
        String tex = node.formula().tex();
        if (node instanceof FormulaBlock block && !block.closed()) {
            report(page, diagnostics, ((Node) node).getSourceSpans(), false, "display formula opened with '$$' has"
                    + " no closing '$$' before a blank line or the end of its block; it is shown as text");
            return;
        }
        TexResult result = MathCache.typeset(tex, node.formula().display());
        if (result.isError()) {
            List<SourceSpan> at = result.position() < 0 ? node.texSpans()
                    : TextSpans.locate(node.texSpans(), tex, result.position());
            report(page, diagnostics, at.isEmpty() ? ((Node) node).getSourceSpans() : at, true,
                    "formula cannot be typeset: " + result.error());
            return;
        }
        node.setMathml(result.mathml());
        if (!result.droppedStyles().isEmpty()) {
            report(page, diagnostics, node.texSpans(), false, "formula uses "
                    + String.join("; ", result.droppedStyles()) + ", which the site's Content-Security-Policy"
                    + " does not let an inline style set; it is shown without it");
        }
    }

    private static void report(Page page, Diagnostics diagnostics, List<SourceSpan> spans, boolean error,
                               String message) {
        SourceSpan span = spans.isEmpty() ? null : spans.get(0);
        int line = page.bodyLine() + (span == null ? 0 : span.getLineIndex());
        int column = 1 + (span == null ? 0 : span.getColumnIndex());
        if (error) {
            diagnostics.error(page.label(), line, column, message);
        } else {
            diagnostics.warning(page.label(), line, column, message);
        }
    }
}
