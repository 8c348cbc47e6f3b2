package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.deck.AnkiNote;
import io.github.coursenotes.deck.AnkiPackage;
import io.github.coursenotes.deck.AnkiText;
import io.github.coursenotes.deck.CardsJson;
import io.github.coursenotes.deck.DeckCard;
import io.github.coursenotes.deck.DeckScript;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.IntStream;

/**
 * The deck exports: {@code cards.json} (links relative to the site root), the Anki package
 * {@code cards.apkg} and {@code cards-anki.txt} (links absolute when the site URL is known, since
 * Anki shows the cards outside the site) and {@code deck.js} (card ids per chapter, for the
 * sidebar's progress).
 */
final class DeckExports implements SiteOutput {

    static final String CARDS_JSON = "cards.json";
    static final String ANKI_TEXT = "cards-anki.txt";
    static final String ANKI_PACKAGE = "cards.apkg";
    static final String DECK_SCRIPT = "deck.js";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        List<LocatedCard> cards = CourseCards.of(site);
        String title = site.settings().title();
        CardFaces faces = new CardFaces(site.noteHtml());
        // Each card's pieces are rendered once, for the site root; a card with a link, an image or
        // raw HTML is rendered again for each export whose links differ (Anki's).
        List<CardPieces> pieces = cards.parallelStream().map(card -> faces.pieces(card, Place.page(""))).toList();
        // the package, the longest of these exports, is written meanwhile on another thread of the pool
        ForkJoinTask<?> ankiPackage = ForkJoinTask.adapt(() -> writePackage(site, faces, cards, pieces, sink)).fork();
        List<DeckCard> deck = IntStream.range(0, cards.size()).parallel()
                .mapToObj(i -> CardFaces.faces(cards.get(i), pieces.get(i))).toList();
        sink.write(CARDS_JSON, CardsJson.write(title, CourseCards.chapters(cards), deck));
        String siteUrl = site.settings().siteUrl();
        // Anki shows the cards outside the site: their links are absolute when the site's URL is known
        List<DeckCard> ankiDeck = siteUrl == null ? deck : IntStream.range(0, cards.size()).parallel()
                .mapToObj(i -> CardFaces.dependsOnPlace(cards.get(i).block())
                        ? faces.faces(cards.get(i), Place.page(siteUrl)) : deck.get(i)).toList();
        sink.write(ANKI_TEXT, AnkiText.write(title, siteUrl, ankiDeck));
        sink.write(DECK_SCRIPT, DeckScript.write(groups(site, cards)));
        ankiPackage.join();
    }

    /**
     * {@code cards.apkg}, written to a temporary file first: the output sink takes files or text,
     * and the package is neither.
     */
    private static void writePackage(SiteContext site, CardFaces faces, List<LocatedCard> cards,
                                     List<CardPieces> pieces, OutputSink sink) {
        AnkiNotes anki = new AnkiNotes(site, faces);
        List<AnkiNote> notes = IntStream.range(0, cards.size()).parallel()
                .mapToObj(i -> anki.note(cards.get(i), pieces.get(i))).toList();
        Path file = null;
        try {
            file = Files.createTempFile("coursenotes-", ".apkg");
            try (OutputStream out = Files.newOutputStream(file)) {
                AnkiPackage.write(anki.decks(CourseCards.chapters(cards)), notes, anki.media(), out);
            }
            sink.copy(ANKI_PACKAGE, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + ANKI_PACKAGE, e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless; the build's result does not depend on it
                }
            }
        }
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(CARDS_JSON, ANKI_PACKAGE, ANKI_TEXT, DECK_SCRIPT);
    }

    /** Every chapter (at any depth) and every top-level page that has cards, with its cards' ids. */
    private static List<DeckScript.Group> groups(SiteContext site, List<LocatedCard> cards) {
        List<DeckScript.Group> groups = new ArrayList<>();
        Map<Page, List<Chapter>> containing = CourseCards.containingChapters(site.course());
        Map<Chapter, List<String>> idsByChapter = new IdentityHashMap<>();
        for (LocatedCard card : cards) {
            for (Chapter chapter : containing.getOrDefault(card.page().page(), List.of())) {
                idsByChapter.computeIfAbsent(chapter, key -> new ArrayList<>()).add(card.id());
            }
        }
        for (Chapter chapter : site.course().chapters()) {
            List<String> ids = idsByChapter.getOrDefault(chapter, List.of());
            if (!ids.isEmpty()) {
                groups.add(new DeckScript.Group(chapter.intro().outputPath(), chapter.title(), ids));
            }
        }
        for (CourseNode child : site.course().root().children()) {
            if (child instanceof Page page) {
                List<String> ids = cards.stream().filter(card -> card.page().page() == page).map(LocatedCard::id).toList();
                if (!ids.isEmpty()) {
                    groups.add(new DeckScript.Group(page.outputPath(), page.title(), ids));
                }
            }
        }
        return groups;
    }
}
