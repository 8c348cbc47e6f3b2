package io.github.coursenotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.search.SearchSection.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path content;

    @Test
    void listsThePagesInReadingOrderWithTheirTitles() throws IOException {
        SearchIndex index = index(Map.of(
                "index.md", "---\ntitle: Home\n---\nWelcome.\n",
                "01-deploy/index.md", "---\ntitle: Deploying\n---\nIntro.\n",
                "01-deploy/02-canary.md", "# Canary deployment\n\nText.\n",
                "01-deploy/01-shadow.md", "# Shadow mode\n\nText.\n"));
        assertEquals(List.of(new SearchPage("index.html", "Home"), new SearchPage("deploy/index.html", "Deploying"),
                new SearchPage("deploy/shadow.html", "Shadow mode"), new SearchPage("deploy/canary.html", "Canary deployment")),
                index.pages());
    }

    @Test
    void thePageEntryHoldsTheSummaryAndTheTextBeforeTheFirstHeading() throws IOException {
        SearchIndex index = index(Map.of("index.md",
                "---\ntitle: Canary\nsummary: Roll out to a slice of traffic.\n---\n# Canary\n\nFirst words.\n\n## Rollback\n\nLater words.\n"));
        SearchSection page = index.sections().get(0);
        assertEquals(new SearchSection(0, Kind.PAGE, "", "", "Roll out to a slice of traffic. First words."), page);
    }

    @Test
    void eachHeadingStartsASectionWithItsAnchorTitleAndText() throws IOException {
        SearchIndex index = index(Map.of("index.md", """
                # Canary

                Intro.

                ## Rollback criteria

                Decide **before** the release.

                ### Who decides?

                The on-call engineer, with `kubectl`.
                """));
        assertEquals(List.of(
                new SearchSection(0, Kind.PAGE, "", "", "Intro."),
                new SearchSection(0, Kind.HEADING, "rollback-criteria", "Rollback criteria", "Decide before the release."),
                new SearchSection(0, Kind.HEADING, "who-decides", "Who decides?", "The on-call engineer, with kubectl.")),
                index.sections());
    }

    @Test
    void cardsAreEntriesOfTheirOwnWithQuestionAsTitleAndAnswerAsText() throws IOException {
        SearchIndex index = index(Map.of("index.md", """
                Opening words.

                ## Patterns

                Before the card.

                ```card id=canary-share
                How much traffic does a **canary** get?
                ---
                A small share, perhaps 5%.
                ---
                It grows while metrics stay healthy.
                ```

                After the card.

                ```card cloze id=blanks
                Shadow mode runs {{in parallel|alongside}}.
                ```

                ```card choice id=pick
                Which is a deployment pattern?
                ---
                - [x] Blue/green
                - [ ] Gradient descent
                ```
                """));
        assertEquals(List.of(
                new SearchSection(0, Kind.PAGE, "", "", "Opening words."),
                new SearchSection(0, Kind.HEADING, "patterns", "Patterns", "Before the card. After the card."),
                new SearchSection(0, Kind.CARD, "card-canary-share", "How much traffic does a canary get?",
                        "A small share, perhaps 5%. It grows while metrics stay healthy."),
                new SearchSection(0, Kind.CARD, "card-blanks", "Shadow mode runs in parallel.", ""),
                new SearchSection(0, Kind.CARD, "card-pick", "Which is a deployment pattern?", "Blue/green Gradient descent")),
                index.sections());
    }

    @Test
    void theIndexHoldsNoHtml() throws IOException {
        SearchIndex index = index(Map.of("index.md", """
                A [link](https://example.org) with <b>raw</b> HTML, an ![image description](x.png) and code:

                <div class="note">a raw block</div>

                ```
                if (a < b) { return; }
                ```
                """));
        String text = index.sections().get(0).text();
        assertEquals("A link with raw HTML, an image description and code: if (a < b) { return; }", text);
    }

    @Test
    void tableCellsAreSeparateWords() throws IOException {
        SearchIndex index = index(Map.of("index.md", """
                | Pattern | Risk |
                | ------- | ---- |
                | Canary  | Low  |
                """));
        assertEquals("Pattern Risk Canary Low", index.sections().get(0).text());
    }

    @Test
    void longSectionsAreShortenedAtAWordBoundary() throws IOException {
        String words = "lorem ipsum ".repeat(400);
        SearchIndex index = index(Map.of("index.md", words + "\n\nlast-words-here\n"));
        String text = index.sections().get(0).text();
        assertTrue(text.length() <= SearchIndex.TEXT_LIMIT, "length " + text.length());
        assertTrue(text.length() > SearchIndex.TEXT_LIMIT - 12, "length " + text.length());
        assertTrue(text.endsWith("lorem") || text.endsWith("ipsum"), text.substring(text.length() - 20));
        assertFalse(text.contains("last-words-here"));
    }

    @Test
    void shortenKeepsShortTextAndCutsWordlessTextAtTheLimit() {
        assertEquals("short", SearchIndex.shorten("short"));
        assertEquals(SearchIndex.TEXT_LIMIT, SearchIndex.shorten("x".repeat(5000)).length());
    }

    private SearchIndex index(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
            Path path = content.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Diagnostics diagnostics = new Diagnostics();
        Course course = ContentLoader.load(content, "content/", false, Set.of(), diagnostics);
        PageParser parser = new PageParser();
        List<ParsedPage> pages = course.pagesInOrder().stream().map(page -> parser.parse(page, diagnostics)).toList();
        assertEquals(List.of(), diagnostics.sorted());
        return SearchIndex.of(pages);
    }
}
