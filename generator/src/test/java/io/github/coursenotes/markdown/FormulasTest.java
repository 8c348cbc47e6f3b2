package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** Formulas typeset to MathML at build time (Temml in GraalJS), and their problems at the right place. */
class FormulasTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private ParsedPage parse(String body) {
        // the body starts on line 4 of the file (after three lines of front matter)
        return new PageParser().parse(new Page("01-ml/02-metrics.md", "content/01-ml/02-metrics.md", "ml/metrics.html",
                Page.Kind.NOTE, "Metrics", null, 2, "metrics", body, 4), diagnostics);
    }

    private static String html(ParsedPage page) {
        HtmlRenderer renderer = MarkdownFactory.renderer(true, context -> (node, tag, attributes) -> { });
        return renderer.render(page.document());
    }

    @Test
    void inlineAndDisplayFormulasBecomeMathMl() {
        ParsedPage page = parse("The $F_1$ score:\n\n$$\nF_1 = \\frac{2PR}{P+R}\n$$\n\n```math\n\\sqrt{x}\n```\n");
        String html = html(page);
        assertEquals("[]", diagnostics.sorted().toString());
        assertTrue(html.contains("<p>The <math data-tex=\"F_1\"><msub><mi>F</mi><mn>1</mn></msub></math> score:</p>"), html);
        assertTrue(html.contains("<div class=\"math-display\" role=\"group\" tabindex=\"0\" aria-label=\"Formula\">"
                + "<math data-tex=\"F_1 = \\frac{2PR}{P+R}\" display=\"block\" class=\"tml-display\">"), html);
        assertTrue(html.contains("<mfrac>"), html);
        assertTrue(html.contains("<msqrt>"), html);
        assertTrue(!html.contains("style="), "no inline style, which the site's CSP would block: " + html);
    }

    @Test
    void aTexErrorIsAnErrorAtTheCharacterItNames() {
        parse("Text.\n\nHere $\\frac{a$ breaks and $\\foo x$ too.\n");
        assertEquals("""
                content/01-ml/02-metrics.md:6:14: formula cannot be typeset: Unexpected end of input in a macro argument, expected '}'
                content/01-ml/02-metrics.md:6:28: formula cannot be typeset: Unsupported function name: \\foo""",
                String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList()));
    }

    @Test
    void anErrorInADisplayFormulaIsReportedOnItsLine() {
        parse("$$\na + b\n\\frac{1}{\n$$\n");
        assertEquals(1, diagnostics.sorted().size(), diagnostics.sorted().toString());
        assertEquals(6, diagnostics.sorted().get(0).line(), diagnostics.sorted().toString());
    }

    @Test
    void aFormulaWithAnErrorShowsItsTex() {
        String html = html(parse("Broken $\\frac{a$ here.\n"));
        assertTrue(html.contains("<code class=\"math-tex\">$\\frac{a$</code>"), html);
    }

    @Test
    void anUnclosedDisplayFormulaIsAWarningAndShownAsText() {
        ParsedPage page = parse("$$\nx = 1\n\nNext paragraph.\n");
        assertEquals("[content/01-ml/02-metrics.md:4:1: warning: display formula opened with '$$' has no closing '$$'"
                + " before a blank line or the end of its block; it is shown as text]", diagnostics.sorted().toString());
        assertTrue(html(page).startsWith("<p>$$x = 1</p>"), html(page));
    }

    @Test
    void colourBecomesMathColorAndFixedStylesBecomeClasses() {
        String html = html(parse("$\\color{red} x$ and $$\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}$$\n"));
        assertEquals("[]", diagnostics.sorted().toString());
        assertTrue(html.contains("<mi mathcolor=\"#ff0000\">x</mi>"), html);
        assertTrue(html.contains("class=\"tml-right tml-pl0 tml-pr0\""), html);
    }

    @Test
    void aStyleTheSiteCannotApplyIsAWarning() {
        parse("$\\raisebox{0.5em}{x}$\n");
        String problems = diagnostics.sorted().toString();
        assertTrue(problems.contains("warning: formula uses padding:0.5em 0 0 0, which the site's Content-Security-Policy"
                + " does not let an inline style set"), problems);
    }

    @Test
    void aHeadingWithAFormulaKeepsItsTexInTheAnchorAndOutline() {
        ParsedPage page = parse("Intro.\n\n## The $F_1$ score\n");
        assertEquals("the-f_1-score", page.outline().get(0).anchor());
        assertEquals("The F_1 score", page.outline().get(0).text());
    }

    @Test
    void formulasInCardsAreTypesetToo() {
        String html = html(parse("```card id=f1\nWhat is $F_1$?\n---\n$$\\frac{2PR}{P+R}$$\n```\n"));
        assertEquals("[]", diagnostics.sorted().toString());
        assertTrue(html.contains("<mfrac>"), html);
    }

    @Test
    void eachFormulaCarriesItsTexForCopyingAndForAnki() {
        String html = html(parse("Area $\\pi r < \"2\"$.\n"));
        assertTrue(html.contains("<math data-tex=\"\\pi r &lt; &quot;2&quot;\">"), html);
    }
}
