package io.github.coursenotes;

import static io.github.coursenotes.TestProject.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One mistake in {@code content/} at a time: the author sees exactly one clear diagnostic with its
 * location, the build fails without an exception, and the site of the previous build is left
 * byte for byte as it was. Inputs that are unusual but fine (BOM, CRLF, empty file, huge note,
 * unusual file names) build.
 */
class BadContentTest {

    @TempDir
    Path folder;

    private TestProject project;
    private SortedMap<String, String> previousSite;

    @BeforeEach
    void buildAGoodSiteFirst() {
        project = TestProject.minimal(folder);
        BuildResult first = project.build();
        assertEquals(List.of(), messages(first));
        assertTrue(first.written());
        previousSite = SiteTree.snapshot(project.site());
    }

    @Test
    void malformedYamlIsReportedAtTheProblem() {
        project.write("content/01-basics/02-bad.md", """
                ---
                title: Bad
                summary: [unclosed, list
                ---
                Text.
                """);
        assertRejected("content/01-basics/02-bad.md:3:25: invalid YAML in front matter: "
                + "expected ',' or ']', but got <stream end>");
    }

    @Test
    void frontMatterWithoutClosingLineIsReported() {
        project.write("content/01-basics/02-bad.md", "---\ntitle: Bad\n\nText.\n");
        assertRejected("content/01-basics/02-bad.md:1:1: front matter starts with '---' but has no closing '---' line");
    }

    @Test
    void frontMatterThatIsAListIsReported() {
        project.write("content/01-basics/02-bad.md", "---\n- title\n- summary\n---\nText.\n");
        assertRejected("content/01-basics/02-bad.md:2:1: front matter must be a map of 'key: value' lines, found a list");
    }

    @Test
    void frontMatterThatIsTextIsReported() {
        project.write("content/01-basics/02-bad.md", "---\njust a sentence\n---\nText.\n");
        assertRejected("content/01-basics/02-bad.md:2:1: front matter must be a map of 'key: value' lines, "
                + "found a string value");
    }

    @Test
    void unknownKeyIsAWarningThatDoesNotStopTheBuild() {
        project.write("content/01-basics/02-tags.md", "---\ntitle: Tags\ntagz: [a, b]\n---\nText.\n");
        BuildResult result = project.build();
        assertEquals(List.of("content/01-basics/02-tags.md:3:1: warning: unknown front matter key 'tagz' "
                + "(known keys: draft, summary, title, weight)"), messages(result));
        assertTrue(result.written());
        assertTrue(Files.exists(project.site().resolve("basics/tags.html")));
    }

    @Test
    void unknownKeyFailsTheBuildWithFailOnWarnings() {
        project.write("content/01-basics/02-tags.md", "---\ntitle: Tags\ntagz: [a, b]\n---\nText.\n");
        BuildResult result = project.build(config -> config.failOnWarnings(true));
        assertEquals(List.of("content/01-basics/02-tags.md:3:1: warning: unknown front matter key 'tagz' "
                + "(known keys: draft, summary, title, weight)"), messages(result));
        assertFalse(result.written());
        assertEquals(previousSite, SiteTree.snapshot(project.site()));
    }

    @Test
    void wrongTypeOfValueIsReported() {
        project.write("content/01-basics/02-bad.md", "---\ntitle: Bad\nweight: first\n---\nText.\n");
        assertRejected("content/01-basics/02-bad.md:3:1: front matter 'weight' must be a whole number, "
                + "found a string value 'first'");
    }

    @Test
    void fileThatIsNotUtf8IsReportedAtTheBadByte() {
        byte[] latin1 = "---\ntitle: Caf\u00e9\n---\nText.\n".getBytes(StandardCharsets.ISO_8859_1);
        project.writeBytes("content/01-basics/02-latin1.md", latin1);
        assertRejected("content/01-basics/02-latin1.md:2:11: file is not valid UTF-8 (byte 0xE9 at offset 14); "
                + "save it as UTF-8");
    }

    @Test
    void byteOrderMarkIsIgnored() {
        project.write("content/01-basics/02-bom.md", "\uFEFF---\ntitle: With a BOM\n---\nText.\n");
        assertBuilds();
        String html = SiteTree.read(project.site(), "basics/bom.html");
        assertTrue(html.contains("<h1 id=\"with-a-bom\">With a BOM</h1>"), html);
        assertFalse(html.contains("\uFEFF"));
    }

    @Test
    void crlfLineEndingsBuildAndKeepPositions() {
        project.write("content/01-basics/02-crlf.md",
                "---\r\ntitle: Windows\r\n---\r\nFirst line.\r\n\r\nSee [nothing](missing.md) here.\r\n");
        assertRejected("content/01-basics/02-crlf.md:6:5: broken link 'missing.md': no note or file at "
                + "content/01-basics/missing.md");
        project.write("content/01-basics/02-crlf.md",
                "---\r\ntitle: Windows\r\n---\r\nFirst line.\r\n\r\nSee [the first](01-first.md) here.\r\n");
        assertBuilds();
        String html = SiteTree.read(project.site(), "basics/crlf.html");
        assertTrue(html.contains("<h1 id=\"windows\">Windows</h1>"), html);
        assertFalse(html.contains("\r"));
    }

    @Test
    void emptyFileBuildsAPageTitledAfterItsName() {
        project.write("content/01-basics/02-empty-note.md", "");
        assertBuilds();
        assertTrue(SiteTree.read(project.site(), "basics/empty-note.html").contains("<h1 id=\"empty-note\">Empty note</h1>"));
    }

    @Test
    void twoFilesWithTheSameUrlAreReported() {
        project.write("content/01-basics/first.md", "# Another first\n");
        assertRejected("content/01-basics/first.md:1:1: maps to the same URL 'basics/first.html' as "
                + "'content/01-basics/01-first.md'; rename one of them");
    }

    @Test
    void noteNamedLikeAGeneratedPageIsReported() {
        project.write("content/404.md", "# Lost\n");
        assertRejected("content/404.md:1:1: maps to the same URL '404.html' as the generated 404.html; rename one of them");
    }

    @Test
    void contentFileOnAGeneratedFileIsReported() {
        project.write("content/deck.js", "// the author's own script\n");
        assertRejected("content/deck.js:1:1: maps to the same URL 'deck.js' as the generated deck.js; rename one of them");
    }

    @Test
    void contentFileOnAThemeAssetIsReported() {
        project.write("content/assets/style.css", "body { color: red; }\n");
        assertRejected("content/assets/style.css:1:1: maps to the same URL 'assets/style.css' as the generated"
                + " assets/style.css; rename one of them");
    }

    @Test
    void contentCnameClashesWithTheConfiguredCustomDomain() {
        project.write("content/CNAME", "other.example.org\n");
        BuildResult result = project.build(config -> config.cname("docs.example.org"));
        assertEquals(List.of("content/CNAME:1:1: maps to the same URL 'CNAME' as the generated CNAME; rename one of them"),
                messages(result));
        assertFalse(result.written());
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the previous site changed");
    }

    @Test
    void fileNamedLikeAChapterFolderIsReported() {
        project.write("content/basics", "a file where the chapter's folder goes\n");
        assertRejected("content/basics:1:1: maps to 'basics', but that is a folder holding 'basics/first.html' from"
                + " 'content/01-basics/01-first.md'; rename one of them");
    }

    @Test
    void chapterFolderNamedLikeAFileIsReported() {
        project.write("content/a", "a file first\n");
        project.write("content/a./01-note.md", "# Note\n");
        assertRejected("content/a./01-note.md:1:1: maps to 'a/note.html', but 'a' is the file from 'content/a',"
                + " not a folder; rename one of them");
    }

    @Test
    void chapterFolderNamedLikeAGeneratedFileIsReported() {
        project.write("content/search-index.js/01-note.md", "# Note\n");
        assertRejected("content/search-index.js/01-note.md:1:1: maps to 'search-index.js/note.html', but"
                + " 'search-index.js' is the generated search-index.js, not a folder; rename one of them");
    }

    @Test
    void linkThatClimbsOutOfContentIsReported() {
        project.write("content/01-basics/02-out.md", "# Out\n\nSee [the pom](../../pom.xml).\n");
        assertRejected("content/01-basics/02-out.md:3:5: link '../../pom.xml' climbs out of the content folder");
    }

    @Test
    void imageThatClimbsOutOfContentIsReported() {
        project.write("content/01-basics/02-out.md", "# Out\n\n![secret](../../../etc/passwd)\n");
        assertRejected("content/01-basics/02-out.md:3:1: image '../../../etc/passwd' climbs out of the content folder");
    }

    @Test
    void missingContentFolderIsReported() throws Exception {
        Files.move(project.path("content"), project.path("notes"));
        assertRejected("content:1:1: content folder does not exist: " + project.path("content"));
    }

    private void assertBuilds() {
        BuildResult result = project.build();
        assertEquals(List.of(), messages(result));
        assertTrue(result.written());
    }

    /** The build fails with exactly these diagnostics and leaves the previous site untouched. */
    private void assertRejected(String... expected) {
        BuildResult result = project.build();
        assertEquals(List.of(expected), messages(result));
        assertTrue(result.hasErrors());
        assertFalse(result.written());
        assertEquals(previousSite, SiteTree.snapshot(project.site()), "the previous site changed");
    }
}
