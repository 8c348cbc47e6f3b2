package io.github.coursenotes.markdown;

import io.github.coursenotes.text.SpokenAs;
import java.util.List;
import org.commonmark.node.CustomNode;
import org.commonmark.node.SourceSpan;

/** A formula inside a paragraph: {@code $…$}, {@code $`…`$}, or {@code $$…$$} within a line of text. */
public final class InlineFormula extends CustomNode implements FormulaNode, SpokenAs {

    private final Formula formula;
    private volatile List<SourceSpan> texSpans;
    private volatile String mathml;

    InlineFormula(Formula formula, List<SourceSpan> texSpans) {
        this.formula = formula;
        this.texSpans = List.copyOf(texSpans);
    }

    @Override
    public Formula formula() {
        return formula;
    }

    @Override
    public String mathml() {
        return mathml;
    }

    @Override
    public void setMathml(String mathml) {
        this.mathml = mathml;
    }

    @Override
    public List<SourceSpan> texSpans() {
        return texSpans;
    }

    @Override
    public void discardTexSpans() {
        texSpans = List.of();
    }

    @Override
    public String plainText() {
        return formula.plainText();
    }

    /** A heading's anchor and title keep the TeX, as GitHub's do ({@code ## The $F_1$ score} → {@code #the-f_1-score}). */
    @Override
    public boolean spokenInHeadings() {
        return true;
    }
}
