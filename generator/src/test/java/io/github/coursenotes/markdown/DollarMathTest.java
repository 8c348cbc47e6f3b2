package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** GitHub's rules for {@code $}, one case per row: the Markdown, then the formulas found ({@code $…$} inline, {@code $$…$$} on display). */
class DollarMathTest {

    private static final Parser PARSER = MarkdownFactory.parser();

    static Stream<Arguments> cases() {
        return Stream.of(
                row("The score $F_1$ is used.", "$F_1$"),
                row("costs $5 and $10", ""),
                row("from $5 to $10 each", ""),
                row("$5 per item, $x$ items", "$x$"),
                row("a $ b $ c", ""),
                row("opening followed by a space: $ x$", ""),
                row("closing preceded by a space: $x $", ""),
                row("closing followed by a digit: $x$5 then $y$", "$y$"),
                row("a formula ends at the first dollar: $5 per item, $x$", "$x$"),
                row("escaped \\$x$ stays text", ""),
                row("an escaped dollar inside: $a\\$b$", "$a\\$b$"),
                row("two: $a$ and $b$", "$a$ $b$"),
                row("display inline: $$x^2$$ here", "$$x^2$$"),
                row("across lines: $a +\nb$", "$a +\nb$"),
                row("backticks: $`a $ b`$", "$a $ b$"),
                row("backticks with spaces: $` x `$", "$ x $"),
                row("code first: `$x$` stays code", ""),
                row("empty $$$$ is text", ""),
                row("no closer: $x", ""),
                row("unclosed display: $$x", ""),
                row("inside emphasis: *area $\\pi r^2$*", "$\\pi r^2$"),
                row("underscores stay TeX: $a_1 * b_2$ and $c_3$", "$a_1 * b_2$ $c_3$"),
                row("$$\nx = 1\n$$", "$$x = 1$$"),
                row("$$x = 1$$", "$$x = 1$$"),
                row("$$ \\sum_i a_i $$", "$$ \\sum_i a_i $$"),
                row("Text\n$$\na\n$$\nmore", "$$a$$"),
                row("$$\na\n\nb", "unclosed"),
                row("> $$\n> a\n> $$", "$$a$$"),
                row("- item\n\n  $$\n  y\n  $$", "$$y$$"),
                row("```math\n\\frac{a}{b}\n```", "$$\\frac{a}{b}$$"),
                row("```math\na\nb\n```", "$$a\nb$$"),
                row("    $$x$$ indented code", ""),
                row("$$a$$ and $$b$$", "$$a$$ $$b$$"));
    }

    private static Arguments row(String markdown, String formulas) {
        return Arguments.of(markdown, formulas);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheFormulasGitHubFinds(String markdown, String expected) {
        assertEquals(expected, formulas(PARSER.parse(markdown)));
    }

    @Test
    void textAroundFormulasIsKept() {
        String html = MarkdownFactory.plainRenderer().render(PARSER.parse("costs $5 and $10, area $\\pi r^2$."));
        assertEquals("<p>costs $5 and $10, area <code class=\"math-tex\">$\\pi r^2$</code>.</p>\n", html);
    }

    @Test
    void aParagraphWithThousandsOfUnmatchedDollarsStaysText() {
        String markdown = "$1 ".repeat(50_000);
        assertEquals("", formulas(PARSER.parse(markdown)));
    }

    @Test
    void formulasRecordWhereTheirTexStands() {
        Node document = PARSER.parse("Intro\n\nsee $a+\\frac{1}{2}$ and\n$$\nx\ny\n$$\n");
        List<FormulaNode> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof FormulaNode formula) {
                    found.add(formula);
                }
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof FormulaNode formula) {
                    found.add(formula);
                }
            }
        });
        assertEquals(2, found.size());
        var inline = found.get(0).texSpans().get(0);
        assertEquals(List.of(2, 5), List.of(inline.getLineIndex(), inline.getColumnIndex()));
        var display = found.get(1).texSpans();
        assertEquals(List.of(4, 5), display.stream().map(span -> span.getLineIndex()).toList());
    }

    /** The formulas of a document, each written back with its delimiters; "unclosed" for a cut {@code $$} block. */
    static String formulas(Node document) {
        List<String> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof InlineFormula formula) {
                    String delimiter = formula.formula().display() ? "$$" : "$";
                    found.add(delimiter + formula.formula().tex() + delimiter);
                }
                visitChildren(node);
            }

            @Override
            public void visit(CustomBlock node) {
                if (node instanceof FormulaBlock block) {
                    found.add(block.closed() ? "$$" + block.formula().tex() + "$$" : "unclosed");
                }
                visitChildren(node);
            }
        });
        return String.join(" ", found);
    }
}
