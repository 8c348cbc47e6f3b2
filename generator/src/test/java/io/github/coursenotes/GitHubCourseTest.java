package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course kept the GitHub way ({@code fixtures/github-course}): a {@code README.md} per folder,
 * links to folders (one without notes), root-relative and {@code .html} links, raw-HTML images and
 * anchors, formulas, alerts, version-named folders, a dot-folder, and syntax of other tools. It
 * builds with a warning for each thing that would show wrongly, and every page matches its golden
 * file ({@code -Dtest=GitHubCourseTest -Dgolden.update=true} to regenerate them).
 */
class GitHubCourseTest {

    @TempDir
    static Path project;

    private static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.copy("github-course", project);
        result = SiteBuilder.build(BuildConfig.builder(project)
                .title("GitHub-style notes")
                .siteUrl("https://example.org/notes/")
                .editUrl("https://github.com/example/notes/edit/main/content/")
                .build());
    }

    private static String site(String path) throws IOException {
        return Files.readString(project.resolve("site").resolve(path));
    }

    @Test
    void itBuildsWithAWarningForEachThingThatWouldShowWrongly() {
        assertEquals("""
                content/01-basics/01-labels.md:24:1: warning: MkDocs admonition '!!! note' is shown as text here; write a GitHub alert instead: '> [!NOTE]' and the text on '> ' lines below it
                content/01-basics/01-labels.md:27:1: warning: template tag '{% include footer.html %}' (Liquid/Jinja) is not run here and is shown as text
                content/01-basics/01-labels.md:29:1: warning: image 'https://example.org/chart.png' is on another server, which the site's Content-Security-Policy blocks (the site loads nothing from elsewhere): save it into content/ and link it relatively, or allow https: images with -Dcoursenotes.externalImages=true""",
                result.diagnostics().stream().map(Object::toString).collect(Collectors.joining("\n")));
        assertTrue(result.written());
    }

    @TestFactory
    Stream<DynamicTest> everyPageMatchesItsGoldenFile() {
        return new GoldenPages("github-course", "GitHubCourseTest").compare(project.resolve("site"));
    }

    @Test
    void readmeFilesIntroduceTheirFoldersAndComeFirst() throws IOException {
        assertTrue(site("index.html").contains("<h1 id=\"production-ml-notes\">Production ML notes</h1>"));
        assertTrue(site("basics/index.html").contains("<h1 id=\"basics\">Basics</h1>"));
        String nav = site("basics/labels.html");
        assertTrue(nav.indexOf("href=\"../basics/index.html\"") < nav.indexOf("href=\"../basics/labels.html\""), nav);
    }

    @Test
    void versionFoldersAreOrderedByTheirNumbers() throws IOException {
        String home = site("index.html");
        int intro = home.indexOf(">Version three<");
        int three1 = home.indexOf(">3.1<");
        int three10 = home.indexOf(">3.10<");
        assertTrue(intro >= 0 && intro < three1 && three1 < three10, "3.0-intro, 3.1, 3.10");
    }

    @Test
    void linksToFoldersRootRelativeAndHtmlLinksResolve() throws IOException {
        String home = site("index.html");
        assertTrue(home.contains("href=\"basics/index.html\""), "a folder's page");
        assertTrue(home.contains("href=\"basics/labels.html#install\""), "root-relative, to a raw-HTML anchor");
        assertTrue(home.contains("href=\"basics/metrics.html\""), "x.html finds x.md");
        assertTrue(home.contains("href=\"https://github.com/example/notes/tree/main/content/01-basics/code/\""),
                "a folder without notes opens on GitHub");
        assertFalse(Files.exists(project.resolve("site/.github")), "dot-folders are left out");
    }

    @Test
    void rawHtmlImagesAndLinksAreRebasedOnTheNotePageAndThePrintPage() throws IOException {
        String note = site("basics/labels.html");
        assertTrue(note.contains("<img src=\"../basics/images/pipeline.svg\" alt=\"The labelling pipeline\""), note);
        assertTrue(note.contains("<a href=\"../basics/metrics.html#the-f_1-score\">"), note);
        String print = site("print.html");
        assertTrue(print.contains("<img src=\"basics/images/pipeline.svg\""), "re-based to the site root on print.html");
        assertTrue(print.contains("<a id=\"basics-labels--install\"></a>"), "raw ids get the note's prefix");
        assertTrue(print.contains("<a href=\"#basics-labels--install\">the install step</a>"), print);
    }

    @Test
    void formulasAreMathMlOnThePagesAndTextInTheSearchIndexAndAnki() throws IOException {
        String metrics = site("basics/metrics.html");
        assertTrue(metrics.contains("<link rel=\"stylesheet\" href=\"../assets/math.css\">"));
        assertTrue(metrics.contains("<math data-tex=\"F_1 = \\frac{2PR}{P + R}\" display=\"block\" class=\"tml-display\">"), metrics);
        assertTrue(metrics.contains("Labelling costs $5 an hour, $10 at weekends."), "dollar amounts stay text");
        assertFalse(site("basics/index.html").contains("math.css"), "a page without formulas does not load math.css");
        String search = site("search-index.js");
        assertTrue(search.contains("F_1 = \\\\frac{2PR}{P + R}"), "the search index holds the TeX");
        assertFalse(search.contains("<math"), "no markup in the search index");
        String anki = site("cards-anki.txt");
        assertTrue(anki.contains("What is the \\(F_1\\) score when \\(P = R = 0.5\\)?"), anki);
        assertTrue(anki.contains("\\[F_1 = \\frac{2 \\cdot 0.5 \\cdot 0.5}{0.5 + 0.5} = 0.5\\]"), anki);
        assertFalse(anki.contains("<math"), anki);
        assertTrue(site("cards.json").contains("<math"), "cards.json carries the cards' HTML, formulas as MathML");
    }

    @Test
    void calloutsHaveATitleAnIconAndARole() throws IOException {
        String labels = site("basics/labels.html");
        for (String kind : new String[] {"tip", "important", "warning", "caution"}) {
            assertTrue(labels.contains("<div class=\"callout callout-" + kind + "\" role=\"note\">"), kind);
        }
        assertTrue(labels.contains("<svg class=\"callout-icon\""));
        assertTrue(labels.contains("</svg>Warning</p>"));
        assertTrue(site("index.html").contains("</svg>Note</p>\n<p>Your progress stays in this browser.</p>"));
    }
}
