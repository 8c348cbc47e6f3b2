package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonStringTest {

    private static final String TRICKY = "say \"hi\" \\ <b>\n\r\t\u0007\u2028\u2029é";

    @Test
    void escapesQuotesBackslashesControlCharactersAndJavaScriptLineSeparators() {
        assertEquals("\"say \\\"hi\\\" \\\\ <b>\\n\\r\\t\\u0007\\u2028\\u2029é\"",
                JsonString.append(new StringBuilder(), TRICKY).toString());
    }

    @Test
    void withoutMarkupEscapesLessThanToo() {
        assertEquals("\"say \\\"hi\\\" \\\\ \\u003cb>\\n\\r\\t\\u0007\\u2028\\u2029é\"",
                JsonString.appendWithoutMarkup(new StringBuilder(), TRICKY).toString());
    }

    @Test
    void anyTextComesOutAsTheOneCharacterAtATimeVersionWroteIt() {
        char[] characters = {'a', '"', '\\', '<', '\n', '\r', '\t', '\u0000', '\u001F', ' ', '\u2028', '\u2029', 'é', '\uD83D', '\uDE00'};
        Random random = new Random(13);
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(25); i > 0; i--) {
                text.append(characters[random.nextInt(characters.length)]);
            }
            for (boolean markup : new boolean[] {false, true}) {
                StringBuilder expected = new StringBuilder("\"");
                for (char c : text.toString().toCharArray()) {
                    expected.append(switch (c) {
                        case '"' -> "\\\"";
                        case '\\' -> "\\\\";
                        case '\n' -> "\\n";
                        case '\r' -> "\\r";
                        case '\t' -> "\\t";
                        default -> c < 0x20 || c == '\u2028' || c == '\u2029' || (markup && c == '<')
                                ? String.format("\\u%04x", (int) c) : String.valueOf(c);
                    });
                }
                expected.append('"');
                StringBuilder actual = new StringBuilder("x");
                if (markup) {
                    JsonString.appendWithoutMarkup(actual, text.toString());
                } else {
                    JsonString.append(actual, text.toString());
                }
                assertEquals("x" + expected, actual.toString());
            }
        }
    }
}
