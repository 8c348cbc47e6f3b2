package io.github.coursenotes.render;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.deck.AnkiDeck;
import io.github.coursenotes.deck.AnkiHtml;
import io.github.coursenotes.deck.AnkiMedia;
import io.github.coursenotes.deck.AnkiMediaNames;
import io.github.coursenotes.deck.AnkiNote;
import io.github.coursenotes.deck.AnkiNoteType;
import io.github.coursenotes.deck.AnkiNoteTypes;
import io.github.coursenotes.deck.AnkiText;
import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.output.HtmlEscape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The course's cards as notes of the Anki package ({@code cards.apkg}), from their pieces rendered
 * for Anki ({@link AnkiHtml}: images as media, links absolute or none, formulas as TeX): each card
 * type's fields for its own note type, one subdeck per chapter, the images as media.
 */
final class AnkiNotes {

    private final SiteContext site;
    private final CardFaces faces;
    private final String course;
    private final String courseDeck;
    private final Map<String, Asset> assets = new TreeMap<>();
    private final Map<String, String> mediaNames;
    /** The images the notes use, by media name. */
    private final Map<String, Asset> usedMedia = new ConcurrentHashMap<>();

    AnkiNotes(SiteContext site, CardFaces faces) {
        this.site = site;
        this.faces = faces;
        this.course = AnkiText.slug(site.settings().title());
        this.courseDeck = AnkiDeck.level(site.settings().title(), "Course");
        site.course().assets().forEach(asset -> assets.put(asset.outputPath(), asset));
        this.mediaNames = AnkiMediaNames.of(course, assets.keySet());
    }

    /**
     * The note of a card, from its pieces rendered for the site root when its HTML is the same in
     * every place ({@link CardFaces#dependsOnPlace}); it records the media the note uses. Safe to call
     * from several threads.
     */
    AnkiNote note(LocatedCard located, CardPieces rootPieces) {
        Set<Asset> images = new LinkedHashSet<>();
        AnkiHtml html = new AnkiHtml(site.settings().siteUrl(), path -> {
            Asset asset = assets.get(path);
            if (asset == null) {
                return Optional.empty();
            }
            images.add(asset);
            return Optional.of(mediaNames.get(path));
        });
        CardParts parts = CardFaces.dependsOnPlace(located.block())
                ? faces.parts(located, Place.page("").withLinks(html::link).withFiles(html::file), AnkiHtml::math)
                : CardFaces.parts(located, rootPieces, AnkiHtml::math);
        AnkiNoteType type = AnkiNoteType.of(parts.type().keyword());
        List<String> fields = new ArrayList<>(ownFields(type, parts));
        fields.add(String.join("", parts.explanations()));
        fields.add(source(located));
        fields.add(HtmlEscape.escape(located.id()));
        long modified = AnkiNoteTypes.MODIFIED;
        modified = Math.max(modified, site.lastUpdated().changeTime(located.page().page().sourcePath()).orElse(0));
        for (Asset image : images) {
            modified = Math.max(modified, site.lastUpdated().changeTime(image.sourcePath()).orElse(0));
            usedMedia.put(mediaNames.get(image.outputPath()), image);
        }
        return new AnkiNote(AnkiNote.guid(course, located.id(), type.cardType()), type, fields, deck(located.chapter()),
                List.of(AnkiText.tag(course, located.chapter())), modified);
    }

    /** The fields of the note type's own, before the explanation, source and id that all note types have. */
    private static List<String> ownFields(AnkiNoteType type, CardParts parts) {
        String prompt = parts.prompt();
        return switch (type) {
            case BASIC -> List.of(prompt, parts.answer());
            case CLOZE -> List.of(prompt);
            case TRUE_FALSE -> List.of(prompt, parts.truth() ? "True" : "False");
            case CHOICE -> List.of(prompt, choose(parts) + CardFaces.list("ul", "cn-options",
                    parts.options().stream().map(CardParts.Option::html).toList(),
                    index -> parts.options().get(index).correct() ? "cn-right" : "cn-wrong"));
            case ORDER -> List.of(prompt, CardFaces.list("ol", "cn-steps", parts.steps()),
                    CardFaces.list("ul", "cn-shuffled", parts.shuffle().stream().map(parts.steps()::get).toList()));
        };
    }

    /** What a choice card asks, as the site's card says it. */
    private static String choose(CardParts parts) {
        return "<p class=\"cn-ask\">" + (parts.rightOptions() > 1 ? "Choose all that apply" : "Choose one") + "</p>\n";
    }

    /** The link back to the card in the notes (its text only when the site's URL is unknown). */
    private String source(LocatedCard located) {
        String chapter = located.chapter().title();
        String page = located.page().page().title();
        StringBuilder where = new StringBuilder(chapter);
        if (!page.equals(chapter)) {
            where.append(" › ").append(page);
        }
        if (!located.section().equals(page)) {
            where.append(" › ").append(located.section());
        }
        String text = HtmlEscape.escape(where.toString());
        String siteUrl = site.settings().siteUrl();
        return siteUrl == null ? text : "<a href=\"" + HtmlEscape.escape(siteUrl + located.href()) + "\">" + text + "</a>";
    }

    String deck(DeckChapter chapter) {
        return chapter.ankiDeck(site.settings().title());
    }

    /** The course's deck and one subdeck per chapter with cards, in course order, each linking to the notes when it can. */
    List<AnkiDeck> decks(List<DeckChapter> chapters) {
        Map<String, AnkiDeck> decks = new LinkedHashMap<>();
        String siteUrl = site.settings().siteUrl();
        decks.put(courseDeck, new AnkiDeck(courseDeck, siteUrl == null ? ""
                : "<p>Cards of <a href=\"" + HtmlEscape.escape(siteUrl) + "index.html\">"
                + HtmlEscape.escape(site.settings().title()) + "</a>.</p>"));
        for (DeckChapter chapter : chapters) {
            String name = deck(chapter);
            decks.putIfAbsent(name, new AnkiDeck(name, siteUrl == null ? ""
                    : "<p>Cards of <a href=\"" + HtmlEscape.escape(siteUrl + chapter.url()) + "\">"
                    + HtmlEscape.escape(chapter.title()) + "</a>.</p>"));
        }
        return List.copyOf(decks.values());
    }

    /** The images the notes made so far use, by media name. */
    List<AnkiMedia> media() {
        return new TreeMap<>(usedMedia).entrySet().stream()
                .map(entry -> new AnkiMedia(entry.getKey(), entry.getValue().source())).toList();
    }
}
