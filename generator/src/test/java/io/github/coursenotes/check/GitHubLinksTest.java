package io.github.coursenotes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.markdown.RawHtmlReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links as GitHub resolves them in a repository: README folders, folders, the root, .html, raw HTML, skipped files. */
class GitHubLinksTest {

    @TempDir
    Path project;

    private final Diagnostics diagnostics = new Diagnostics();
    private CourseFiles files;

    @BeforeEach
    void course() {
        files = CourseFiles.in(project)
                .file("README.md", "# Home\n")
                .file("01-basics/README.md", "# Basics\n\n## Overview\n")
                .file("01-basics/01-labels.md", "# Labels\n\n<a name=\"legacy\"></a>\n\n## Setup\n")
                .file("01-basics/code/train.py", "print()")
                .file("01-basics/images/dot.svg", "<svg/>")
                .file("02-data/01-sources/01-deep.md", "# Deep\n")
                .file("02-data/03-quality.md", "# Quality\n")
                .file(".github/workflows/ci.yml", "on: push")
                .file("02-data/04-wip.md", "---\ndraft: true\n---\n# WIP\n");
    }

    /** Checks the course with {@code body} as {@code content/02-data/01-sources/02-note.md} (depth 2). */
    private List<String> check(String body, LinkRules rules) {
        files.file("02-data/01-sources/02-note.md", body);
        Course course = files.load(diagnostics);
        List<ParsedPage> pages = CourseFiles.parse(course, diagnostics);
        CheckedPage note = LinkChecker.check(course, pages, rules, diagnostics).stream()
                .filter(page -> page.page().sourcePath().endsWith("02-note.md")).findFirst().orElseThrow();
        return references(note.parsed().document()).stream().map(node -> note.target(node).orElse("(none)")).toList();
    }

    private List<String> check(String body) {
        return check(body, LinkRules.strict());
    }

    private String problems() {
        return diagnostics.sorted().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static List<Node> references(Node document) {
        List<Node> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                found.add(image);
                visitChildren(image);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof RawHtmlReference reference && reference.kind() != RawHtmlReference.Kind.ANCHOR) {
                    found.add(node);
                }
                visitChildren(node);
            }
        });
        return found;
    }

    @Test
    void readmeFilesAndFoldersLeadToTheFoldersPage() {
        assertEquals(List.of("basics/index.html", "basics/index.html#overview", "index.html", "basics/index.html"),
                check("[a](../../01-basics/README.md) [b](../../01-basics/README.md#overview) [c](../../README.md)"
                        + " [d](../../01-basics)\n"));
        assertEquals("", problems());
    }

    @Test
    void rootRelativeLinksStartAtTheContentFolder() {
        assertEquals(List.of("basics/labels.html#setup", "basics/images/dot.svg"),
                check("[a](/01-basics/01-labels.md#setup) ![b](/01-basics/images/dot.svg)\n"));
        assertEquals("", problems());
    }

    @Test
    void anHtmlLinkFindsTheNoteOfThatName() {
        assertEquals(List.of("data/quality.html", "data/quality.html"),
                check("[a](../03-quality.html) [b](/data/quality.html)\n"));
        assertEquals("", problems());
    }

    @Test
    void aFolderWithoutNotesOpensOnTheRepositoryHost() {
        LinkRules rules = new LinkRules(false, false, "https://github.com/o/r/tree/main/content/", true);
        assertEquals(List.of("https://github.com/o/r/tree/main/content/01-basics/code/"),
                check("[code](../../01-basics/code/)\n", rules));
        assertEquals("", problems());
    }

    @Test
    void withoutARepositoryAFolderWithoutNotesIsAWarningThatSaysSo() {
        assertEquals(List.of("(none)"), check("[code](../../01-basics/code)\n"));
        assertEquals("content/02-data/01-sources/02-note.md:1:1: warning: link '../../01-basics/code' points to the folder"
                + " content/01-basics/code/, which holds no note and so has no page in the site; link to a file in it, or"
                + " give the POM a GitHub <scm><url> so that the link opens the folder on GitHub", problems());
    }

    @Test
    void linksIntoSkippedFilesSayWhyTheyAreLeftOut() {
        check("[ci](../../.github/workflows/ci.yml) [wip](../04-wip.md)\n");
        assertEquals("""
                content/02-data/01-sources/02-note.md:1:1: link '../../.github/workflows/ci.yml' points to content/.github/workflows/ci.yml, which is left out of the site: names starting with '.' are left out of the site
                content/02-data/01-sources/02-note.md:1:38: link '../04-wip.md' points to content/02-data/04-wip.md, which is left out of the site: it is a draft (draft: true), left out of the build""",
                problems());
    }

    @Test
    void theSuggestionIsTheRightPathFromANoteTwoFoldersDeep() {
        check("[a](01-labels.md) [b](../quality.md) [c](/01-basics/labels.md) [d](../../01-basics/01-labls.md)\n");
        assertEquals("""
                content/02-data/01-sources/02-note.md:1:1: broken link '01-labels.md': no note or file at content/02-data/01-sources/01-labels.md (did you mean '../../01-basics/01-labels.md'?)
                content/02-data/01-sources/02-note.md:1:19: broken link '../quality.md': no note or file at content/02-data/quality.md (did you mean '../03-quality.md'?)
                content/02-data/01-sources/02-note.md:1:38: broken link '/01-basics/labels.md': no note or file at content/01-basics/labels.md (did you mean '../../01-basics/01-labels.md'?)
                content/02-data/01-sources/02-note.md:1:64: broken link '../../01-basics/01-labls.md': no note or file at content/01-basics/01-labls.md (did you mean '../../01-basics/01-labels.md'?)""",
                problems());
    }

    @Test
    void noSuggestionForANameNothingResembles() {
        check("[a](../../01-basics/zebra.md)\n");
        assertEquals("content/02-data/01-sources/02-note.md:1:1: broken link '../../01-basics/zebra.md': no note or file"
                + " at content/01-basics/zebra.md", problems());
    }

    @Test
    void rawHtmlLinksAndImagesAreCheckedAndIdsAndNamesAreAnchors() {
        assertEquals(List.of("basics/labels.html#legacy", "basics/images/dot.svg", "data/sources/note.html#here", "(none)"),
                check("""
                        <a id="here"></a>
                        <p><a href="../../01-basics/01-labels.md#legacy">labels</a> <img src="../../01-basics/images/dot.svg"></p>

                        <a href="#here">here</a> <a href="../../01-basics/nope.md">nope</a>
                        """));
        assertEquals("content/02-data/01-sources/02-note.md:4:35: broken link '../../01-basics/nope.md': no note or file"
                + " at content/01-basics/nope.md", problems());
    }

    @Test
    void rawHtmlIsNotCheckedWhenItIsShownAsText() {
        check("<a href=\"nope.md\">x</a>\n", new LinkRules(false, false, null, false));
        assertEquals("", problems());
    }

    @Test
    void imagesFromOtherServersAreWarningsUnlessAllowedWhereOnlyHttpIsOne() {
        String body = "![a](https://example.org/a.png) <img src=\"http://example.org/b.png\">"
                + " ![c](data:image/png;base64,AAAA)\n\n<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n";
        check(body);
        assertEquals("""
                content/02-data/01-sources/02-note.md:1:1: warning: image 'https://example.org/a.png' is on another server, which the site's Content-Security-Policy blocks (the site loads nothing from elsewhere): save it into content/ and link it relatively, or allow https: images with -Dcoursenotes.externalImages=true
                content/02-data/01-sources/02-note.md:1:43: warning: image 'http://example.org/b.png' is on another server, which the site's Content-Security-Policy blocks (the site loads nothing from elsewhere): save it into content/ and link it relatively, or allow https: images with -Dcoursenotes.externalImages=true
                content/02-data/01-sources/02-note.md:3:14: warning: '<iframe src="https://www.youtube.com/embed/x">' loads from another server, which the site's Content-Security-Policy blocks; link to it instead""",
                problems());
        Diagnostics allowed = new Diagnostics();
        Course course = files.load(allowed);
        LinkChecker.check(course, CourseFiles.parse(course, allowed), new LinkRules(false, true, null, true), allowed);
        assertEquals("""
                content/02-data/01-sources/02-note.md:1:43: warning: image 'http://example.org/b.png' is loaded over http:, which the site's Content-Security-Policy blocks (it allows images from other servers over https: only); write https://
                content/02-data/01-sources/02-note.md:3:14: warning: '<iframe src="https://www.youtube.com/embed/x">' loads from another server, which the site's Content-Security-Policy blocks; link to it instead""",
                allowed.sorted().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void brokenLinksAnchorsAndImagesCanBeWarningsWhileMigrating() {
        check("[a](missing.md) [b](../03-quality.md#nope) ![c](nope.png)\n", new LinkRules(true, false, null, true));
        assertEquals(3, diagnostics.sorted().size(), problems());
        assertEquals(0, diagnostics.sorted().stream().filter(d -> d.isError()).count(), problems());
    }
}
