package io.github.coursenotes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @TempDir
    Path project;

    private final Diagnostics diagnostics = new Diagnostics();
    private CourseFiles files;

    @BeforeEach
    void course() {
        files = CourseFiles.in(project)
                .file("index.md", "---\ntitle: Home\n---\nWelcome.\n")
                .file("01-basics/index.md", "# Basics\n\n## Overview\n")
                .file("01-basics/01-first.md", "---\ntitle: First\n---\n# First\n\n## Cards\n\n## Rollback plan\n")
                .file("01-basics/diagram.svg", "<svg/>")
                .file("01-basics/04-with space.md", "x")
                .file("01-basics/03-Sub/01-deep.md", "## Deep section\n")
                .file("02-more/01-x.md", "x")
                .file("files/data file.csv", "a,b")
                .file("files/c#.txt", "c");
    }

    /** Checks the course with {@code body} as {@code content/01-basics/02-second.md}; returns the resolved targets in link order. */
    private List<String> check(String body) {
        files.file("01-basics/02-second.md", body);
        Course course = files.load(diagnostics);
        List<ParsedPage> pages = CourseFiles.parse(course, diagnostics);
        CheckedPage second = LinkChecker.check(course, pages, diagnostics).stream()
                .filter(page -> page.page().sourcePath().equals("01-basics/02-second.md")).findFirst().orElseThrow();
        return linksOf(second.parsed().document()).stream()
                .map(node -> second.target(node).orElse("(external)")).toList();
    }

    private String problems() {
        return diagnostics.sorted().stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static List<Node> linksOf(Node document) {
        List<Node> nodes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                nodes.add(link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                nodes.add(image);
                visitChildren(image);
            }
        });
        return nodes;
    }

    @Test
    void linksToNotesAreRewrittenToTheirPages() {
        assertEquals(List.of("basics/first.html#cards", "basics/first.html", "basics/first.html#rollback-plan",
                        "basics/sub/deep.html#deep-section", "more/x.html", "basics/first.html"),
                check("""
                        [a](01-first.md#cards) [b](./01-first.md)
                        [c](../01-basics/01-first.md#rollback-plan) [d](03-Sub/01-deep.md#deep-section)
                        [e](../02-more/01-x.md) [f](01-first.md#)
                        """));
        assertEquals("", problems());
    }

    @Test
    void linksToChapterFoldersGoToTheirPages() {
        assertEquals(List.of("index.html", "basics/sub/index.html", "basics/sub/index.html", "more/index.html",
                        "basics/index.html", "basics/index.html#overview", "basics/index.html", "index.html"),
                check("[a](../) [b](03-Sub/) [c](03-Sub) [d](../02-more/) [e](./) [f](index.md#overview) [g](.)"
                        + " [h](../index.md)\n"));
        assertEquals("", problems());
    }

    @Test
    void samePageAnchors() {
        assertEquals(List.of("basics/second.html#here", "basics/second.html#fn-1"),
                check("## Here\n\n[a](#here) [b](#fn-1)[^1]\n\n[^1]: Note.\n"));
        assertEquals("", problems());
    }

    @Test
    void imagesAndOtherFiles() {
        // Targets are URLs: a file name's space or '#' is percent-encoded.
        assertEquals(List.of("basics/diagram.svg", "files/data%20file.csv", "files/data%20file.csv", "files/c%23.txt",
                        "basics/diagram.svg#part"),
                check("![A diagram](diagram.svg) [csv](../files/data%20file.csv) [csv](<../files/data file.csv>)"
                        + " [c](../files/c%23.txt) [svg](diagram.svg#part)\n"));
        assertEquals("", problems());
    }

    @Test
    void percentEncodedAndQueryStringsAreHandled() {
        assertEquals(List.of("basics/with-space.html", "basics/first.html#cards", "basics/first.html"),
                check("[a](04-with%20space.md) [b](01-first.md?v=2#cards) [c](01-first.md?x)\n"));
        assertEquals("", problems());
    }

    @Test
    void externalLinksAreLeftAlone() {
        assertEquals(List.of("(external)", "(external)", "(external)", "(external)", "(external)", "(external)"),
                check("[a](https://example.com/x.md) [b](mailto:me@example.com) [c](//cdn.example.com/x)"
                        + " ![d](https://example.com/missing.png) www.example.org <tel:+123>\n"));
        assertEquals("content/01-basics/02-second.md:1:83: warning: image 'https://example.com/missing.png' is on another"
                + " server, which the site's Content-Security-Policy blocks (the site loads nothing from elsewhere): save it"
                + " into content/ and link it relatively, or allow https: images with -Dcoursenotes.externalImages=true",
                problems(), "the one external image is a warning: the site's CSP blocks it");
    }

    @Test
    void brokenLinksAreReportedAtTheirLineAndColumn() {
        check("""
                ---
                title: Second
                ---
                Text [missing](missing.md) and
                   ![no image](nope.png) and [file](../02-more/01-y.md).
                - item [deep](sub/missing/)
                """);
        assertEquals("""
                content/01-basics/02-second.md:4:6: broken link 'missing.md': no note or file at content/01-basics/missing.md
                content/01-basics/02-second.md:5:4: image 'nope.png' not found (looked for content/01-basics/nope.png)
                content/01-basics/02-second.md:5:30: broken link '../02-more/01-y.md': no note or file at content/02-more/01-y.md
                content/01-basics/02-second.md:6:8: broken link 'sub/missing/': no note or file at content/01-basics/sub/missing/""",
                problems());
    }

    @Test
    void brokenAnchorsSuggestTheClosestOne() {
        check("[a](01-first.md#card) [b](#sectoin) [c](01-first.md#zzz) [d](../02-more/#nothing)\n\n## Section\n");
        assertEquals("""
                content/01-basics/02-second.md:1:1: broken anchor '#card': 'content/01-basics/01-first.md' has no heading or card with that anchor (did you mean '#cards'?)
                content/01-basics/02-second.md:1:23: broken anchor '#sectoin': this page has no heading or card with that anchor (did you mean '#section'?)
                content/01-basics/02-second.md:1:37: broken anchor '#zzz': 'content/01-basics/01-first.md' has no heading or card with that anchor
                content/01-basics/02-second.md:1:58: broken anchor '#nothing': 'content/02-more/' has no heading or card with that anchor""",
                problems());
    }

    @Test
    void aPageTitleIsAnAnchor() {
        // a leading "# First", a chapter's "# Basics", a title from front matter, this page's own title
        assertEquals(List.of("basics/first.html#first", "basics/index.html#basics", "index.html#home",
                        "basics/second.html#second"),
                check("[a](01-first.md#first) [b](./#basics) [c](../index.md#home) [d](#second)\n"));
        assertEquals("", problems());
    }

    @Test
    void escapingAndEmptyDestinationsAreErrors() {
        check("[a](/../x.md)\n[b](../../outside.md)\n[c]()\n![d](<>)\n[e](../01-basics/../../x.md)\n");
        assertEquals("""
                content/01-basics/02-second.md:1:1: link '/../x.md' climbs out of the content folder
                content/01-basics/02-second.md:2:1: link '../../outside.md' climbs out of the content folder
                content/01-basics/02-second.md:3:1: empty link destination
                content/01-basics/02-second.md:4:1: empty image destination
                content/01-basics/02-second.md:5:1: link '../01-basics/../../x.md' climbs out of the content folder""",
                problems());
    }

    @Test
    void linksToADraftSayTheDraftIsLeftOut() {
        files.file("01-basics/05-wip.md", "---\ndraft: true\n---\n");
        check("[wip](05-wip.md)\n");
        assertEquals("content/01-basics/02-second.md:1:1: link '05-wip.md' points to content/01-basics/05-wip.md,"
                + " which is left out of the site: it is a draft (draft: true), left out of the build", problems());
    }

    @Test
    void referenceLinksFootnotesTablesAndCardsAreCheckedWhereTheyAreUsed() {
        check("""
                Intro [ref link][ref] text[^n].

                | a | b |
                |---|---|
                | x | [cell](gone.md) |

                ```card id=c1
                Question with [a link](lost.md)?
                ---
                Answer.
                ```

                [ref]: missing-ref.md
                [^n]: See [there](nowhere.md).
                """);
        assertEquals("""
                content/01-basics/02-second.md:1:7: broken link 'missing-ref.md': no note or file at content/01-basics/missing-ref.md
                content/01-basics/02-second.md:5:7: broken link 'gone.md': no note or file at content/01-basics/gone.md
                content/01-basics/02-second.md:8:15: broken link 'lost.md': no note or file at content/01-basics/lost.md
                content/01-basics/02-second.md:14:11: broken link 'nowhere.md': no note or file at content/01-basics/nowhere.md""",
                problems());
    }

    @Test
    void everyProblemOfTheCourseIsReportedTogether() {
        files.file("02-more/02-y.md", "[bad](no.md)\n");
        check("[bad](no.md) [bad](#no)\n");
        assertEquals(3, diagnostics.sorted().size(), problems());
    }

    @Test
    void composedLinksFindDecomposedFileNames() {
        files.file(Normalizer.normalize("01-basics/06-Données.md", Normalizer.Form.NFD), "## Résumé\n");
        assertEquals(List.of("basics/donn%C3%A9es.html#r%C3%A9sum%C3%A9"), check("[a](06-Données.md#résumé)\n"));
        assertEquals("", problems());
    }

    @Test
    void aCheckedPageNamesItsLinksByWhereTheyStartAndKnowsTheNotesTheyPointTo() {
        files.file("01-basics/02-second.md", "[first](01-first.md#cards), [home](../index.md),\n"
                + "[web](https://example.org) ![d](diagram.svg) <a href=\"../02-more/01-x.md\">x</a>");
        Course course = files.load(diagnostics);
        List<ParsedPage> pages = CourseFiles.parse(course, diagnostics);
        CheckedPage second = LinkChecker.check(course, pages, diagnostics).stream()
                .filter(page -> page.page().sourcePath().equals("01-basics/02-second.md")).findFirst().orElseThrow();
        assertEquals(Map.of(new CheckedPage.Start(0, 0), "basics/first.html#cards",
                new CheckedPage.Start(0, 28), "index.html",
                new CheckedPage.Start(1, 27), "basics/diagram.svg",
                new CheckedPage.Start(1, 54), "more/x.html"), second.targets());
        assertEquals(Set.of("01-basics/01-first.md", "index.md", "02-more/01-x.md"), second.linksTo());
        assertEquals("", problems());

        // the positions of links, images and raw-HTML references outlive the others' (dropped at parse)
        assertEquals(List.of("basics/first.html#cards", "index.html", "(external)", "basics/diagram.svg"),
                linksOf(second.parsed().document()).stream().map(node -> second.target(node).orElse("(external)"))
                        .toList());
    }

    @Test
    void checksAFewPagesAgainstTheWholeCourse() {
        files.file("01-basics/02-second.md", "[first](01-first.md#cards)");
        Course course = files.load(diagnostics);
        List<ParsedPage> pages = CourseFiles.parse(course, diagnostics);
        ParsedPage second = pages.stream().filter(page -> page.page().sourcePath().equals("01-basics/02-second.md"))
                .findFirst().orElseThrow();
        ParsedPage reparsed = new PageParser().parse(
                new Page(second.page().sourcePath(), second.page().label(),
                        second.page().outputPath(), second.page().kind(), second.page().title(), null,
                        second.page().order(), second.page().slug(), "[x](01-first.md#gone) [y](../02-more/01-x.md)", 1),
                diagnostics);
        List<CheckedPage> rechecked = LinkChecker.check(course, pages, List.of(reparsed), LinkRules.strict(),
                diagnostics);
        assertEquals("content/01-basics/02-second.md:1:1: broken anchor '#gone': 'content/01-basics/01-first.md' has no"
                + " heading or card with that anchor", diagnostics.sorted().get(0).format().replaceAll(" \\(did you mean.*", ""));
        assertEquals(1, rechecked.size());
        assertEquals(Map.of(new CheckedPage.Start(0, 0), "basics/first.html#gone",
                new CheckedPage.Start(0, 22), "more/x.html"), rechecked.get(0).targets());
        assertEquals(Set.of("01-basics/01-first.md", "02-more/01-x.md"), rechecked.get(0).linksTo());
    }
}
