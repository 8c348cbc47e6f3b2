package io.github.coursenotes.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstHeadingTest {

    @Test
    void findsTheFirstLevelOneHeading() {
        assertEquals(Optional.of("Canary deployments"), FirstHeading.find("""
                Intro text.

                ## Not this one

                # Canary deployments

                # Nor this one
                """));
    }

    @Test
    void closingHashesAndIndentationAreNotPartOfTheTitle() {
        assertEquals(Optional.of("Title"), FirstHeading.find("   #   Title   ##  \n"));
    }

    @Test
    void inlineMarkupIsRemovedButItsTextKept() {
        assertEquals(Optional.of("The model_id field of snake_case data, really"),
                FirstHeading.find("# The `model_id` field of *snake_case* [data](x.md), **really**\n"));
    }

    @Test
    void escapesAndEntitiesAreResolved() {
        assertEquals(Optional.of("1 * 2 & <3>"), FirstHeading.find("# 1 \\* 2 &amp; &lt;3&gt;\n"));
    }

    @Test
    void underlinedHeadingsCount() {
        // PageParser removes a leading setext heading from the body too, so it must give the title.
        assertEquals(Optional.of("Serving models"), FirstHeading.find("Serving models\n==============\n\nText.\n"));
    }

    @Test
    void headingsInCodeFencesCardsAndQuotesDoNotCount() {
        assertEquals(Optional.of("Real"), FirstHeading.find("""
                ```
                # Not a heading
                ```

                ````card
                # Question heading
                ---
                Answer
                ````

                > # Quoted

                    # Indented code

                # Real
                """));
    }

    @Test
    void withoutALevelOneHeadingTheFirstHeadingOfAnyLevelGivesTheTitle() {
        assertEquals(Optional.of("1.1 Overview"), FirstHeading.find("Intro.\n\n### 1.1 Overview\n\n## Later\n"));
        assertEquals(Optional.of("Only a second level"), FirstHeading.find("## Only a second level\n\n#hashtag is not a heading\n"));
    }

    @Test
    void noTitleWithoutAnyHeading() {
        assertEquals(Optional.empty(), FirstHeading.find("#hashtag is not a heading\n"));
        assertEquals(Optional.empty(), FirstHeading.find(""));
    }

    @Test
    void emptyHeadingsAreSkipped() {
        assertEquals(Optional.of("Second"), FirstHeading.find("#\n\n# Second\n"));
    }
}
