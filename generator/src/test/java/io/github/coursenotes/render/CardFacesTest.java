package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.CourseFiles;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.deck.AnkiHtml;
import io.github.coursenotes.deck.DeckCard;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A card's faces come from its nodes rendered for the export's place: no HTML is searched or patched. */
class CardFacesTest {

    @TempDir
    Path project;

    private SiteContext site;

    private List<LocatedCard> cards(String note) {
        CourseFiles.Checked course = CourseFiles.in(project)
                .file("index.md", "# Home\n")
                .file("01-basics/01-first.md", "# First\n\n## Cards\n")
                .file("01-basics/dot.svg", "<svg/>")
                .file("01-basics/02-second.md", note)
                .loadChecked();
        site = new SiteContext(course.course(), course.pages(), Theme.load(null),
                new SiteSettings("Course", null, null, null, true, null, false), LastUpdated.none());
        return CourseCards.of(site);
    }

    private List<DeckCard> faces(String note, Place place) {
        List<LocatedCard> cards = cards(note);
        CardFaces faces = new CardFaces(site.noteHtml());
        return cards.stream().map(card -> faces.faces(card, place)).toList();
    }

    @Test
    void aClozeCardHidesItsBlanksOnTheFrontAndShowsThemOnTheBack() {
        DeckCard card = faces("```card cloze id=c\nA {{blank|alt}}, a raw <input class=\"cloze-blank\"> and `{{c2::x}}`.\n```\n",
                Place.page("")).get(0);
        assertEquals("<p>A <span class=\"cloze-gap\">[…]</span>, a raw <input class=\"cloze-blank\"> and"
                + " <code>{{c2::x}}</code>.</p>\n", card.front());
        assertEquals("<p>A <mark class=\"cloze-answer\">blank</mark>, a raw <input class=\"cloze-blank\"> and"
                + " <code>{{c2::x}}</code>.</p>\n", card.back());
        assertEquals("<p>A {{c1::blank<span class=\"cn-also\"> (or alt)</span>}}, a raw <input class=\"cloze-blank\">"
                + " and <code>{&#123;c2::x}}</code>.</p>\n", card.clozeText(), "only the blank opens a cloze in Anki");
    }

    @Test
    void optionsOfOneParagraphAreListItemsWithoutTheParagraph() {
        DeckCard card = faces("```card choice id=c\nWhich?\n---\n- [x] *one*\n- [ ] two\n\n      more\n```\n",
                Place.page("")).get(0);
        assertEquals("<p>Which?</p>\n<ul class=\"card-options\">\n<li><em>one</em></li>\n"
                + "<li><p>two</p>\n<p>more</p></li>\n</ul>\n", card.front());
        assertEquals("<ul class=\"card-solution-list\">\n<li><em>one</em></li>\n</ul>\n", card.back());
    }

    @Test
    void linksAndImagesAreWrittenForThePlace() {
        String note = "```card id=c\n[First](01-first.md#cards) ![Dot](dot.svg) <a href=\"01-first.md\">raw</a>?\n---\nA\n```\n";
        assertEquals("<p><a href=\"basics/first.html#cards\">First</a> <img src=\"basics/dot.svg\" alt=\"Dot\""
                + " loading=\"lazy\" /> <a href=\"basics/first.html\">raw</a>?</p>\n", faces(note, Place.page("")).get(0).front());
        assertEquals("<p><a href=\"https://example.org/c/basics/first.html#cards\">First</a> <img"
                + " src=\"https://example.org/c/basics/dot.svg\" alt=\"Dot\" loading=\"lazy\" /> <a"
                + " href=\"https://example.org/c/basics/first.html\">raw</a>?</p>\n",
                faces(note, Place.page("https://example.org/c/")).get(0).front());
        AnkiHtml anki = new AnkiHtml(null, path -> Optional.of("course-" + path.replace('/', '-')));
        assertEquals("<p><a>First</a> <img src=\"course-basics-dot.svg\" alt=\"Dot\" loading=\"lazy\" /> <a>raw</a>?</p>\n",
                faces(note, Place.page("").withLinks(anki::link).withFiles(anki::file)).get(0).front(),
                "without the site's address a link has nothing to open in Anki");
    }

    @Test
    void onlyACardWithALinkAnImageOrRawHtmlIsRenderedForEachPlace() {
        List<Boolean> depends = cards("""
                ```card id=plain
                *Plain* `code`, a formula $x^2$ and a footnote-free answer?
                ---
                - one
                - two
                ```

                ```card id=link
                Why [this](01-first.md)?
                ---
                A
                ```

                ```card id=image
                What is ![a dot](dot.svg)?
                ---
                A
                ```

                ```card id=raw
                Plain?
                ---
                An answer with <a href="01-first.md">raw HTML</a>.
                ```

                ```card cloze id=cloze
                A {{blank}} with no link.
                ```
                """).stream().map(card -> CardFaces.dependsOnPlace(card.block())).toList();
        assertEquals(List.of(false, true, true, true, false), depends);
    }

    @Test
    void aClozeCardRenderedOnceGivesEveryFaceAndAnkisFields() {
        LocatedCard card = cards("```card cloze id=a\nA {{blank|alt}}, {{another}} and $x$.\n---\nWhy *so*.\n```\n").get(0);
        CardFaces faces = new CardFaces(site.noteHtml());
        CardPieces pieces = faces.pieces(card, Place.page(""));
        DeckCard deck = CardFaces.faces(card, pieces);
        assertEquals("<p>A <span class=\"cloze-gap\">[…]</span>, <span class=\"cloze-gap\">[…]</span> and ",
                deck.front().substring(0, deck.front().indexOf("<math")));
        assertEquals("<p>A <mark class=\"cloze-answer\">blank</mark>, <mark class=\"cloze-answer\">another</mark> and ",
                deck.back().substring(0, deck.back().indexOf("<math")));
        assertEquals("<div class=\"card-explanation\"><p>Why <em>so</em>.</p>\n</div>\n", deck.explanation());
        CardParts anki = CardFaces.parts(card, pieces, AnkiHtml::math);
        assertEquals("<p>A {{c1::blank<span class=\"cn-also\"> (or alt)</span>}}, {{c1::another}} and \\(x\\).</p>\n",
                anki.prompt(), "formulas as TeX, blanks in Anki's form");
        assertEquals(List.of("<p>Why <em>so</em>.</p>\n"), anki.explanations());
    }
}
