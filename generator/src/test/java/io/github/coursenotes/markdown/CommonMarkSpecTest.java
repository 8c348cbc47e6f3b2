package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the CommonMark spec (the {@code spec.txt} shipped in commonmark-test-util),
 * rendered with our parser and renderers: plain CommonMark input must render exactly as the spec
 * says. Our extensions may only change what the allow-list names, each with its reason.
 */
class CommonMarkSpecTest {

    private static final String AUTOLINK = "the autolink extension links a bare URL or e-mail address in text"
            + " (GFM's extended autolinks); the text itself is unchanged";

    /** Spec examples our extensions legitimately render differently, by example number. */
    static final Map<Integer, String> CHANGED_BY_EXTENSIONS = Map.of(
            602, AUTOLINK + ": '<https://foo.bar/baz bim>' is not a CommonMark autolink (space), so the URL is bare",
            606, AUTOLINK + ": '<foo\\+@bar.example.com>' is not a CommonMark autolink (escape), so the address is bare",
            608, AUTOLINK + ": '< https://foo.bar >' is not a CommonMark autolink (spaces), so the URL is bare",
            611, AUTOLINK + ": 'https://example.com'",
            612, AUTOLINK + ": 'foo@bar.example.com'");

    private static final Parser PARSER = MarkdownFactory.parser();
    private static final HtmlRenderer PLAIN = MarkdownFactory.plainRenderer();
    /** The renderer the notes use, without our attribute provider (heading ids, link rewriting). */
    private static final HtmlRenderer NOTES = MarkdownFactory.renderer(true, context -> (node, tag, attributes) -> { });

    static Stream<Arguments> examples() {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        return IntStream.range(0, examples.size())
                .mapToObj(index -> Arguments.of(index + 1, examples.get(index)));
    }

    @Test
    void readsTheWholeSpec() {
        List<Example> examples = ExampleReader.readExamples(TestResources.getSpec());
        assertEquals(652, examples.size(), "CommonMark spec 0.31.2 has 652 examples");
        // Example numbers are positions in the file; make sure our numbering matches the reader's.
        assertTrue(examples.get(601).toString().endsWith("example 9"), examples.get(601).toString());
        assertEquals("Autolinks", examples.get(601).getSection());
    }

    @ParameterizedTest(name = "example {0}")
    @MethodSource("examples")
    void rendersLikeTheSpec(int number, Example example) {
        String plain = render(PLAIN, example);
        // up to the highlighting of code in a language the highlighter knows and the code block's
        // tabindex (CodeBlockRenderer)
        assertEquals(render(NOTES, example).replaceAll("<span class=\"hl-[a-z]+\">|</span>", "")
                        .replace("<pre tabindex=\"0\">", "<pre>"), plain,
                "the notes' renderer must agree with the plain one");
        String expected = showTabs(example.getHtml());
        String reason = CHANGED_BY_EXTENSIONS.get(number);
        if (reason == null) {
            assertEquals(expected, plain, () -> "example " + number + " (" + example.getSection() + ")\n"
                    + example.getSource());
            return;
        }
        assertNotEquals(expected, plain, "example " + number + " renders as the spec says: drop it from the allow-list");
        // The only change an autolink may make: wrap some text in a link, leaving the text as it is.
        assertEquals(expected, plain.replaceAll("<a href=\"[^\"]*\">|</a>", ""), reason);
    }

    private static String render(HtmlRenderer renderer, Example example) {
        return showTabs(renderer.render(PARSER.parse(example.getSource())));
    }

    /** The spec writes tabs as '→'; the reader turns them into tabs in the source only. */
    private static String showTabs(String html) {
        return html.replace('\t', '→');
    }
}
