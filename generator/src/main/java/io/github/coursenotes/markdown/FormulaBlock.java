package io.github.coursenotes.markdown;

import io.github.coursenotes.text.SpokenAs;
import java.util.List;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;

/** A formula on display as a block of its own: lines fenced by {@code $$}, or a {@code ```math} fence. */
public final class FormulaBlock extends CustomBlock implements FormulaNode, SpokenAs {

    private Formula formula = new Formula("", true);
    private boolean closed = true;
    private volatile List<SourceSpan> texSpans;
    private volatile String mathml;

    private FormulaBlock(String tex, List<SourceSpan> texSpans, boolean closed) {
        complete(tex, texSpans, closed);
    }

    /** An empty block for the block parser to {@link #complete}. */
    FormulaBlock() {
        this.texSpans = List.of();
    }

    /** The block of a {@code ```math} fence. */
    static FormulaBlock fenced(String tex, List<SourceSpan> texSpans) {
        return new FormulaBlock(tex, texSpans, true);
    }

    void complete(String tex, List<SourceSpan> texSpans, boolean closed) {
        this.formula = new Formula(tex, true);
        this.texSpans = List.copyOf(texSpans);
        this.closed = closed;
    }

    /**
     * False for {@code $$} lines that a blank line or the end of their container cut before a
     * closing {@code $$}: reported, and shown as the text it was.
     */
    public boolean closed() {
        return closed;
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
}
