/**
 * The course's cards as a deck for study elsewhere: plain values ({@link io.github.coursenotes.deck.DeckCard},
 * {@link io.github.coursenotes.deck.DeckChapter}) and the export formats the build writes from them:
 * {@code cards.json} ({@link io.github.coursenotes.deck.CardsJson}), the Anki package {@code cards.apkg}
 * ({@link io.github.coursenotes.deck.AnkiPackage}: a schema-11 collection written with SQLite, the course's own
 * {@linkplain io.github.coursenotes.deck.AnkiNoteType note types}, {@linkplain io.github.coursenotes.deck.AnkiNote notes}
 * and media), the Anki text file ({@link io.github.coursenotes.deck.AnkiText}), the script the sidebar reads
 * progress with ({@link io.github.coursenotes.deck.DeckScript}) and the practice page's cards
 * ({@link io.github.coursenotes.deck.PracticeScript}). Nothing here renders Markdown: the HTML arrives ready,
 * and {@link io.github.coursenotes.deck.AnkiHtml} and {@link io.github.coursenotes.deck.AnkiCloze} adapt it to Anki.
 */
package io.github.coursenotes.deck;
