package io.github.coursenotes.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
