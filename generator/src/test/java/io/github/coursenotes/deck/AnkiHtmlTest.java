package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnkiHtmlTest {

    private static final Map<String, String> MEDIA = Map.of("my folder/über diagram.svg", "course-my_folder-über_diagram.svg");

    private static AnkiHtml html(String siteUrl) {
        return new AnkiHtml(siteUrl, path -> Optional.ofNullable(MEDIA.get(path)));
    }

    @Test
    void imagesOfTheCourseBecomeMediaByFileName() {
        assertEquals("course-my_folder-über_diagram.svg",
                html("https://example.org/").file("img", "my%20folder/%C3%BCber%20diagram.svg"));
        assertEquals("course-my_folder-über_diagram.svg", html(null).file("img", "my%20folder/%C3%BCber%20diagram.svg"));
    }

    @Test
    void otherFilesOfTheSiteAreAbsoluteWhenTheSiteIsKnown() {
        assertEquals("https://example.org/c/other.png", html("https://example.org/c/").file("img", "other.png"));
        assertEquals("https://example.org/c/my%20folder/%C3%BCber%20diagram.svg",
                html("https://example.org/c/").file("video", "my%20folder/%C3%BCber%20diagram.svg"));
        assertEquals("other.png", html(null).file("img", "other.png"));
    }

    @Test
    void linksAreAbsoluteOrGoneWhenTheSiteIsNotKnown() {
        assertEquals("https://example.org/c/deploy/canary.html#rollback",
                html("https://example.org/c/").link("a", "deploy/canary.html#rollback"));
        assertNull(html(null).link("a", "deploy/canary.html#rollback"), "a relative link has nothing to open in Anki");
        assertEquals("deploy/map.html", html(null).link("area", "deploy/map.html"));
    }

    @Test
    void mathMlWithItsTexSourceBecomesMathJaxInlineOrDisplayed() {
        assertEquals("a \\(x^2 &lt; y\\) b", AnkiHtml.math("a <math><semantics><msup><mi>x</mi><mn>2</mn></msup>"
                + "<annotation encoding=\"application/x-tex\">x^2 &lt; y</annotation></semantics></math> b"));
        assertEquals("\\[\\sum_i x_i\\]", AnkiHtml.math("<math display=\"block\" xmlns=\"http://www.w3.org/1998/Math/MathML\">"
                + "<semantics><mi>x</mi><annotation encoding=\"application/x-tex\"> \\sum_i x_i </annotation></semantics></math>"));
    }

    @Test
    void theNotesFormulasCarryTheirTexInAnAttribute() {
        assertEquals("area \\(\\pi r^2 &lt; 1\\) and \\[F_1\\]", AnkiHtml.math("area <math data-tex=\"\\pi r^2 &lt; 1\"><mrow>"
                + "<mi>π</mi></mrow><mrow><msup><mi>r</mi><mn>2</mn></msup></mrow></math> and <math data-tex=\"F_1\""
                + " display=\"block\" class=\"tml-display\"><msub><mi>F</mi><mn>1</mn></msub></math>"));
    }

    @Test
    void mathMlWithoutItsSourceStaysMathMl() {
        String math = "<math><mi>x</mi></math>";
        assertEquals(math, AnkiHtml.math(math));
    }

    @Test
    void percentEncodingIsDecodedAsUtf8() {
        assertEquals("ü b%zz 100%", AnkiHtml.percentDecoded("%C3%BC%20b%zz 100%"));
    }
}
