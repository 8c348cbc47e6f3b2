/**
 * The course's cards as a deck for study elsewhere: plain values ({@link io.github.coursenotes.deck.DeckCard},
 * {@link io.github.coursenotes.deck.DeckChapter}) and the export formats the build writes from them:
 * {@code cards.json} ({@link io.github.coursenotes.deck.CardsJson}), the Anki text file
 * ({@link io.github.coursenotes.deck.AnkiText}), the script the sidebar reads progress with
 * ({@link io.github.coursenotes.deck.DeckScript}) and the practice page's cards
 * ({@link io.github.coursenotes.deck.PracticeScript}). Nothing here renders Markdown: the HTML arrives ready.
 */
package io.github.coursenotes.deck;
