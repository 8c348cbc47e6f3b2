package io.github.coursenotes.output;

/**
 * Writes a string as a JSON string literal that is also a valid JavaScript literal (U+2028 and
 * U+2029, which end a line in older JavaScript, are escaped): the one escaper of every JSON and
 * data script the site holds.
 */
public final class JsonString {

    private JsonString() {
    }

    /** Appends {@code value} quoted and escaped. */
    public static StringBuilder append(StringBuilder out, String value) {
        return append(out, value, false);
    }

    /** As {@link #append(StringBuilder, String)}, with {@code <} escaped too, so no text reads as markup. */
    public static StringBuilder appendWithoutMarkup(StringBuilder out, String value) {
        return append(out, value, true);
    }

    private static StringBuilder append(StringBuilder out, String value, boolean escapeLessThan) {
        out.append('"');
        int plain = 0; // start of the run of characters that need no escape, appended in one go
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029' && (c != '<' || !escapeLessThan)) {
                continue;
            }
            out.append(value, plain, i);
            plain = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.append(value, plain, value.length()).append('"');
    }
}
