package io.github.coursenotes.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.junit.jupiter.api.Test;

class PageParserTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private static Page note(String body) {
        return new Page("01-lifecycle/02-data.md", "content/01-lifecycle/02-data.md", "lifecycle/data.html",
                Page.Kind.NOTE, "Data", null, 2, "data", body, 4);
    }

    private ParsedPage parse(String body) {
        return new PageParser().parse(note(body), diagnostics);
    }

    @Test
    void outlineHoldsLevelsTwoAndThreeWithTheirAnchors() {
        ParsedPage page = parse("""
                # Data

                ## Label *quality*
                ### Consistent labels
                #### Too deep for the outline
                ## Label quality
                """);
        assertEquals(List.of(
                new OutlineEntry(2, "Label quality", "label-quality"),
                new OutlineEntry(3, "Consistent labels", "consistent-labels"),
                new OutlineEntry(2, "Label quality", "label-quality-1")), page.outline());
        assertEquals("[]", diagnostics.sorted().toString());
    }

    @Test
    void aLeadingTitleHeadingIsRemovedBecauseTheThemePrintsTheTitle() {
        ParsedPage page = parse("# Data\n\nFirst paragraph.\n");
        assertTrue(page.document().getFirstChild() instanceof Paragraph);
        assertEquals(0, count(page, Heading.class));
    }

    @Test
    void theTitleAnchorIsWhatGitHubGivesALeadingTitleHeading() {
        ParsedPage page = parse("# The `model_id` field\n\n## Data\n\n## The model_id field\n");
        assertEquals("the-model_id-field", page.titleAnchor());
        assertTrue(page.anchors().contains("the-model_id-field"), page.anchors().toString());
        // numbered after the title, as on GitHub
        assertEquals(List.of("data", "the-model_id-field-1"), page.outline().stream().map(OutlineEntry::anchor).toList());
    }

    @Test
    void aTitleLikeAnIdOfTheThemeGetsAnotherAnchor() {
        ParsedPage leading = parse("# Main\n\nText.\n");
        assertEquals("main-1", leading.titleAnchor(), "the layout's <main> has id=main");
        Page titled = new Page("01-lifecycle/02-data.md", "content/01-lifecycle/02-data.md", "lifecycle/data.html",
                Page.Kind.NOTE, "Sidebar", null, 2, "data", "Text.\n", 4);
        assertEquals("sidebar-1", new PageParser().parse(titled, diagnostics).titleAnchor());
    }

    @Test
    void withoutATitleHeadingTheTitleTakesItsSlugAfterTheHeadings() {
        ParsedPage page = parse("Text first.\n\n## Data\n\nText.\n");
        assertEquals("data", page.outline().get(0).anchor(), "headings keep their anchors");
        assertEquals("data-1", page.titleAnchor());
        assertTrue(page.anchors().containsAll(Set.of("data", "data-1")), page.anchors().toString());
    }

    @Test
    void theTitleAnchorAvoidsCardElementIds() {
        Page page = new Page("01-lifecycle/02-data.md", "content/01-lifecycle/02-data.md", "lifecycle/data.html",
                Page.Kind.NOTE, "Card q1 label", null, 2, "data", "```card id=q1\nQ?\n---\nA.\n```\n", 4);
        ParsedPage parsed = new PageParser().parse(page, diagnostics);
        assertEquals("card-q1-label-1", parsed.titleAnchor());
        assertEquals("[]", diagnostics.sorted().toString());
    }

    @Test
    void aLineWithTooManyAngleBracketsIsAnErrorBeforeParsing() {
        ParsedPage page = parse("Fine line <b>.\n\n" + "a<".repeat(AngleBracketLimit.MAX_PER_LINE + 1) + "\n");
        assertEquals("[content/01-lifecycle/02-data.md:6:1: more than 2000 '<' on one line, which makes Markdown"
                + " parsing take seconds; split the line, or write '&lt;' for a '<' that starts no tag]",
                diagnostics.sorted().toString());
        assertEquals(null, page.document().getFirstChild(), "the page is left empty");
    }

    @Test
    void manyAngleBracketsSpreadOverLinesAreFine() {
        String line = "a<".repeat(AngleBracketLimit.MAX_PER_LINE) + "\n";
        ParsedPage page = parse(line + line);
        assertEquals("[]", diagnostics.sorted().toString());
        assertTrue(page.document().getFirstChild() instanceof Paragraph);
    }

    @Test
    void anUnderlinedLeadingTitleIsRemovedToo() {
        ParsedPage page = parse("Data\n====\n\nText.\n");
        assertTrue(page.document().getFirstChild() instanceof Paragraph);
    }

    @Test
    void onlyALeadingLevelOneHeadingIsRemoved() {
        ParsedPage later = parse("Intro text.\n\n# Big heading later\n");
        assertEquals(2, count(later, Block.class));
        assertTrue(later.anchors().contains("big-heading-later"));
        ParsedPage second = parse("## Starts with a section\n");
        assertTrue(second.document().getFirstChild() instanceof Heading);
        assertEquals(List.of(new OutlineEntry(2, "Starts with a section", "starts-with-a-section")), second.outline());
    }

    @Test
    void everyHeadingGetsItsIdForRendering() {
        ParsedPage page = parse("## One\n#### Four\n");
        assertEquals(Set.of("one", "four"), Set.copyOf(page.headingIds().values()));
        assertEquals(Set.of("one", "four", "data"), page.anchors());
    }

    @Test
    void anchorsIncludeFootnotesAndCards() {
        ParsedPage page = parse("""
                ## Section

                Text[^a].

                [^a]: A footnote.

                ```card id=drift-kinds
                What is drift?
                ---
                A change.
                ```
                """);
        assertEquals(Set.of("section", "fn-a", "card-drift-kinds", "data"), page.anchors());
        assertEquals(1, page.cards().size());
        assertEquals("drift-kinds", page.cards().get(0).card().id());
    }

    @Test
    void headingsInsideCardsAreNotInTheOutline() {
        ParsedPage page = parse("""
                ## Real section

                ```card id=c1
                ## A heading in a question
                ---
                Answer
                ```
                """);
        assertEquals(List.of(new OutlineEntry(2, "Real section", "real-section")), page.outline());
    }

    @Test
    void ordinaryCodeFencesStayCode() {
        ParsedPage page = parse("```java\n## not a heading\n```\n");
        assertTrue(page.outline().isEmpty());
        assertTrue(page.cards().isEmpty());
        assertTrue(page.document().getFirstChild() instanceof FencedCodeBlock);
    }

    private static int count(ParsedPage page, Class<?> type) {
        int count = 0;
        for (var node = page.document().getFirstChild(); node != null; node = node.getNext()) {
            if (type.isInstance(node)) {
                count++;
            }
        }
        return count;
    }
}
