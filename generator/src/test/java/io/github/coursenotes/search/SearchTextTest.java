package io.github.coursenotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void eachRunOfWhitespaceBecomesOneSpaceAsWithTheRegularExpression() {
        char[] characters = {'a', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2028', 'é', '\uD83D', '\uDE00'};
        Random random = new Random(9);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(characters[random.nextInt(characters.length)]);
            }
            String expected = text.toString().replaceAll("\\s+", " ");
            assertEquals(expected, SearchText.collapseWhitespace(text), text.toString());
            assertEquals(expected, SearchText.collapseWhitespace(text.toString()), text.toString());
        }
    }
}
