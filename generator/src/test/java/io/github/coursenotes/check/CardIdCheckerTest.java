package io.github.coursenotes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.cards.CardIds;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostic;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardIdCheckerTest {

    @Test
    void aDuplicateIdIsReportedWhereItIsUsedTheSecondTime() {
        List<String> errors = check(
                page("01-a.md", "a.html", "Intro.\n\n```card id=drift\nQ1\n---\nA\n```\n"),
                page("02-b.md", "b.html", "```card id=other\nQ\n---\nA\n```\n\n```card id=drift\nQ2\n---\nA\n```\n"));
        assertEquals(List.of("content/02-b.md:9:1: duplicate card id 'drift', first used at content/01-a.md:5; "
                + "give one of them another id="), errors);
    }

    @Test
    void theSameQuestionTwiceOnAPageDerivesTheSameIdAndIsReported() {
        List<String> errors = check(page("01-a.md", "a.html",
                "```card\nSame?\n---\nA\n```\n\n```card\nSame?\n---\nB\n```\n"));
        String id = CardIds.derive("a", "Same?");
        assertEquals(List.of("content/01-a.md:9:1: duplicate card id '" + id + "', first used at content/01-a.md:3; "
                + "give one of them another id="), errors);
    }

    @Test
    void uniqueIdsPass() {
        assertEquals(List.of(), check(page("01-a.md", "a.html", "```card id=x\nQ\n---\nA\n```\n"),
                page("02-b.md", "b.html", "```card id=y\nQ\n---\nA\n```\n")));
    }

    @Test
    void aCardWhoseHtmlIdIsAHeadingAnchorIsReported() {
        List<String> errors = check(page("01-a.md", "a.html",
                "# Title\n\n## Card one\n\n```card id=one\nQ\n---\nA\n```\n\n## Card two label\n\n"
                        + "```card truefalse id=two\nS\n---\ntrue\n```\n"));
        assertEquals(List.of(
                "content/01-a.md:7:1: card id 'one' gives the HTML id 'card-one', which is also the anchor of the "
                        + "heading 'Card one' on line 5; give the card another id=",
                "content/01-a.md:15:1: card id 'two' gives the HTML id 'card-two-label', which is also the anchor "
                        + "of the heading 'Card two label' on line 13; give the card another id="), errors);
    }

    private static ParsedPage page(String source, String output, String body) {
        Page page = new Page(source, "content/" + source, output, Page.Kind.NOTE, "Title", null, 1,
                output.replace(".html", ""), body, 3);
        Diagnostics diagnostics = new Diagnostics();
        ParsedPage parsed = new PageParser().parse(page, diagnostics);
        assertEquals(List.of(), diagnostics.sorted(), "the pages themselves parse");
        return parsed;
    }

    private static List<String> check(ParsedPage... pages) {
        Diagnostics diagnostics = new Diagnostics();
        CardIdChecker.checkDuplicates(List.of(pages), diagnostics);
        for (ParsedPage page : pages) {
            CardIdChecker.checkHeadingClashes(page, diagnostics);
        }
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }
}
