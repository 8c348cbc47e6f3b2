package io.github.coursenotes.markdown;

import java.util.List;
import org.commonmark.node.SourceSpan;

/**
 * A node holding a {@link Formula}: inline ({@link InlineFormula}) or a block ({@link FormulaBlock}).
 * The math stage fills in its MathML after parsing.
 */
public interface FormulaNode {

    Formula formula();

    /** The MathML to write, or {@code null} before typesetting or when the TeX has an error. */
    String mathml();

    void setMathml(String mathml);

    /**
     * Where the TeX stands in the note, one span per line (relative to the note's body), for
     * diagnostics at the character a TeX error names; empty once diagnostics are done.
     */
    List<SourceSpan> texSpans();

    /** Forgets {@link #texSpans}: they serve diagnostics only. */
    void discardTexSpans();
}
