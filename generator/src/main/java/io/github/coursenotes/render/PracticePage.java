package io.github.coursenotes.render;

import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.deck.PracticeScript;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.model.PracticeChapter;
import io.github.coursenotes.render.model.PracticeData;
import io.github.coursenotes.render.model.PracticePageModel;
import io.github.coursenotes.render.model.SpecialPageData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        PageModels models = new PageModels(site.course(), site.settings());
        Set<String> chapterUrls = CourseCards.topLevelChapterUrls(site.course());
        Map<DeckChapter, Long> counts = cards.stream()
                .collect(Collectors.groupingBy(LocatedCard::chapter, Collectors.counting()));
        PracticeData practice = new PracticeData(cards.size(), CourseCards.chapters(cards).stream()
                .map(chapter -> chapter(chapter, counts.getOrDefault(chapter, 0L), chapterUrls.contains(chapter.url())))
                .toList(),
                CARDS_SCRIPT, PrintPage.PATH, DeckExports.CARDS_JSON, DeckExports.ANKI_PACKAGE, DeckExports.ANKI_TEXT);
        // math: any note's formulas may appear here
        PracticePageModel model = new PracticePageModel(models.site("", PATH, true),
                SpecialPageData.of("Practice", PATH, true), models.nav(""), List.of(), practice);
        site.theme().render(model, diagnostics).ifPresent(text -> sink.write(PATH, text));
        // Cards rendered in parallel (in the pool of the calling task): on one thread this was the
        // last output of big builds, running alone.
        sink.write(CARDS_SCRIPT, PracticeScript.write(cards.parallelStream().map(card -> card(card, noteHtml)).toList()));
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(PATH, CARDS_SCRIPT);
    }

    /** A group of cards: a chapter ({@code isChapter}), or a page outside the chapters (home, glossary). */
    private static PracticeChapter chapter(DeckChapter chapter, long cards, boolean isChapter) {
        return new PracticeChapter(chapter.title(), chapter.url(), chapter.url(), cards, isChapter);
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
