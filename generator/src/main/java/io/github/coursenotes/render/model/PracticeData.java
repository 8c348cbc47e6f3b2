package io.github.coursenotes.render.model;

import java.util.List;

/**
 * {@code practice}: the course's cards and the files to practise them with. The cards themselves are
 * in {@code cardsScript}, which only the practice page loads; a theme's page must not list them.
 *
 * @param cardCount   the number of cards in the course
 * @param chapters    the groups of cards, in reading order
 * @param cardsScript {@code practice-cards.js}, which sets {@code coursenotes.practiceCards}
 * @param printPage   {@code print.html}, which shows every card with its answer
 * @param cardsJson   the JSON export's file name
 * @param ankiPackage the Anki package's file name
 * @param ankiText    the Anki text file's name
 */
public record PracticeData(int cardCount, List<PracticeChapter> chapters, String cardsScript, String printPage,
                           String cardsJson, String ankiPackage, String ankiText) {
}
