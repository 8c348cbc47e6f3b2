package io.github.coursenotes.deck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cards.json}: every card of the course with its place in the notes and its front and back
 * as HTML, for other tools. Links in the HTML are relative to the site root (where the file is).
 */
public final class CardsJson {

    public static final String FORMAT = "coursenotes-cards";
    public static final int VERSION = 1;

    private CardsJson() {
    }

    public static String write(String siteTitle, List<DeckChapter> chapters, List<DeckCard> cards) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("title", siteTitle);
        // counted in one pass: a scan of all cards per chapter was chapters × cards
        Map<DeckChapter, Integer> counts = new HashMap<>();
        cards.forEach(card -> counts.merge(card.chapter(), 1, Integer::sum));
        List<Object> chapterList = new ArrayList<>();
        for (DeckChapter chapter : chapters) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", chapter.title());
            entry.put("slug", chapter.slug());
            entry.put("url", chapter.url());
            entry.put("cards", counts.getOrDefault(chapter, 0));
            chapterList.add(entry);
        }
        root.put("chapters", chapterList);
        root.put("cards", cards.stream().map(CardsJson::card).toList());
        return JsonWriter.write(root) + "\n";
    }

    private static Map<String, Object> card(DeckCard card) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", card.id());
        entry.put("type", card.type());
        entry.put("chapter", card.chapter().title());
        entry.put("chapterUrl", card.chapter().url());
        entry.put("page", card.pageTitle());
        entry.put("url", card.pageUrl());
        entry.put("anchor", card.anchor());
        entry.put("href", card.href());
        entry.put("section", card.section());
        entry.put("front", card.front());
        entry.put("back", card.back());
        entry.put("explanation", card.explanation());
        return entry;
    }
}
