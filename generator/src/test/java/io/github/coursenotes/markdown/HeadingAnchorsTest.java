package io.github.coursenotes.markdown;

import io.github.coursenotes.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;


/** Anchors as GitHub makes them, so links written against GitHub's preview work on the site. */
class HeadingAnchorsTest {

    private static List<String> anchors(String markdown) {
        Node document = MarkdownFactory.parser().parse(markdown);
        Map<Heading, String> ids = HeadingAnchors.assign(document);
        List<String> inOrder = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                inOrder.add(ids.get(heading));
            }
        }
        assertEquals(inOrder.size(), ids.size());
        return inOrder;
    }

    @Test
    void idsOfThePageAroundTheNoteAreTaken() {
        assertEquals(List.of("main-1", "sidebar-1", "site-search-input-1", "chapters-title-1", "in-this-chapter-1",
                        "main-2", "mainly"),
                anchors("""
                        ## Main
                        ## Sidebar
                        ## Site search input
                        ## Chapters title
                        ## In this chapter
                        ## Main
                        ## Mainly
                        """));
    }

    @Test
    void lowercaseWithHyphensAndPunctuationDropped() {
        assertEquals(List.of("data-drift-vs-concept-drift", "whats-new-in-v2", "c--java", "the-model_id-field"),
                anchors("""
                        ## Data drift vs. concept drift
                        ## What's *new* in v2?
                        ## C++ & Java
                        ## The `model_id` field
                        """));
    }

    @Test
    void lettersOfAnyScriptAreKept() {
        assertEquals(List.of("données-et-modèles", "数据"), anchors("# Données et Modèles\n## 数据\n"));
    }

    @Test
    void repeatsGetNumberedSuffixes() {
        assertEquals(List.of("example", "example-1", "example-2", "other"),
                anchors("## Example\n### Example\n## Example\n## Other\n"));
    }

    @Test
    void everyLevelAndBothStylesGetAnAnchor() {
        assertEquals(List.of("one", "two", "six"), anchors("One\n===\n\nTwo\n---\n\n###### Six\n"));
    }

    @Test
    void aHeadingWithoutTextGetsAFallback() {
        assertEquals(List.of("section", "section-1"), anchors("## !!!\n## ...\n"));
    }

    @Test
    void textIsWhatAReaderSees() {
        Node heading = MarkdownFactory.parser().parse("## The `model_id` *field* [link](x.md) &amp; more\n")
                .getFirstChild();
        assertEquals("The model_id field link & more", PlainText.ofHeading(heading));
    }
}
