package io.github.coursenotes.markdown;

import java.util.Objects;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * A formula written in TeX in a note: {@code $…$} inline, {@code $$…$$} or a {@code ```math}
 * fence on display.
 *
 * @param tex     the TeX between the delimiters, as written
 * @param display whether it stands on a line of its own ({@code $$}, {@code ```math})
 */
public record Formula(String tex, boolean display) {

    public Formula {
        Objects.requireNonNull(tex, "tex");
    }

    /** The formula of a node, if it is one ({@link InlineFormula}, {@link FormulaBlock}). */
    public static Optional<Formula> of(Node node) {
        return node instanceof FormulaNode formula ? Optional.of(formula.formula()) : Optional.empty();
    }

    /** What search and plain-text exports show: the TeX source, the way people type formulas. */
    public String plainText() {
        return tex.strip();
    }
}
