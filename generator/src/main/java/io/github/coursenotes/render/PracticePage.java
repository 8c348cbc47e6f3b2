package io.github.coursenotes.render;

import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code practice.html}, rendered through {@code practice.ftlh}: every card of the course once,
 * each with its chapter, page and a link back to where the notes teach it. Without JavaScript it
 * is a list of self-check cards; {@code practice.js} turns it into spaced-repetition sessions.
 */
final class PracticePage implements SiteOutput {

    static final String PATH = "practice.html";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        List<LocatedCard> cards = CourseCards.of(site);
        NoteHtmlRenderer noteHtml = site.noteHtml();
        Map<String, Object> model = new PageModel(site.course(), site.settings()).forSpecial(PATH, "Practice", "");
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("cardCount", cards.size());
        practice.put("chapters", CourseCards.chapters(cards).stream().map(chapter -> chapter(chapter, cards)).toList());
        practice.put("cards", cards.stream().map(card -> card(card, noteHtml)).toList());
        practice.put("cardsJson", DeckExports.CARDS_JSON);
        practice.put("ankiText", DeckExports.ANKI_TEXT);
        model.put("practice", practice);
        site.theme().render("practice.ftlh", model, diagnostics).ifPresent(text -> sink.write(PATH, text));
    }

    private static Map<String, Object> chapter(DeckChapter chapter, List<LocatedCard> cards) {
        Map<String, Object> model = new LinkedHashMap<>();
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

    private static Map<String, Object> card(LocatedCard card, NoteHtmlRenderer noteHtml) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", card.id());
        model.put("type", card.block().card().type().keyword());
        model.put("chapter", card.chapter().title());
        model.put("chapterKey", card.chapter().url());
        model.put("page", card.page().page().title());
        model.put("section", card.section());
        model.put("where", where(card));
        model.put("href", card.href());
        model.put("html", noteHtml.render(card.page(), card.block(), ""));
        return model;
    }
}
