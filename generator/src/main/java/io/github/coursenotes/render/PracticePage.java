package io.github.coursenotes.render;

import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.deck.PracticeScript;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code practice.html}, rendered through {@code practice.ftlh}, and {@code practice-cards.js}: every
 * card of the course once, each with its chapter, page and a link back to where the notes teach it.
 * The cards live in the script, which only this page loads, so the page stays small however big the
 * course is; {@code practice.js} turns them into spaced-repetition sessions. Without JavaScript the
 * page lists the chapters with their number of cards and links to the print page, which shows every
 * card with its answer.
 */
final class PracticePage implements SiteOutput {

    static final String PATH = "practice.html";
    static final String CARDS_SCRIPT = "practice-cards.js";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        List<LocatedCard> cards = CourseCards.of(site);
        NoteHtmlRenderer noteHtml = site.noteHtml();
        Map<String, Object> model = new PageModel(site.course(), site.settings()).forSpecial(PATH, "Practice", "");
        PageModel.showsFormulas(model); // any note's formulas may appear here
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("cardCount", cards.size());
        Set<String> chapterUrls = CourseCards.topLevelChapterUrls(site.course());
        practice.put("chapters", CourseCards.chapters(cards).stream()
                .map(chapter -> chapter(chapter, cards, chapterUrls.contains(chapter.url()))).toList());
        practice.put("cardsScript", CARDS_SCRIPT);
        practice.put("printPage", PrintPage.PATH);
        practice.put("cardsJson", DeckExports.CARDS_JSON);
        practice.put("ankiText", DeckExports.ANKI_TEXT);
        practice.put("ankiPackage", DeckExports.ANKI_PACKAGE);
        model.put("practice", practice);
        site.theme().render("practice.ftlh", model, diagnostics).ifPresent(text -> sink.write(PATH, text));
        // Cards rendered in parallel (in the pool of the calling task): on one thread this was the
        // last output of big builds, running alone.
        sink.write(CARDS_SCRIPT, PracticeScript.write(cards.parallelStream().map(card -> card(card, noteHtml)).toList()));
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(PATH, CARDS_SCRIPT);
    }

    /** A group of cards: a chapter ({@code isChapter}), or a page outside the chapters (home, glossary). */
    private static Map<String, Object> chapter(DeckChapter chapter, List<LocatedCard> cards, boolean isChapter) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("isChapter", isChapter);
        model.put("title", chapter.title());
        model.put("key", chapter.url());
        model.put("href", chapter.url());
        model.put("cardCount", cards.stream().filter(card -> card.chapter().equals(chapter)).count());
        return model;
    }

    /** "Page › Section" for the link back, without repeating the chapter's or the page's title. */
    private static String where(LocatedCard card) {
        String page = card.page().page().title();
        String section = card.section();
        if (page.equals(card.chapter().title())) {
            return section;
        }
        return section.equals(page) ? page : page + " › " + section;
    }

    private static PracticeScript.Card card(LocatedCard card, NoteHtmlRenderer noteHtml) {
        return new PracticeScript.Card(card.id(), card.block().card().type().keyword(), card.chapter().url(),
                card.chapter().title(), where(card), card.href(), noteHtml.render(card.page(), card.block(), ""));
    }
}
