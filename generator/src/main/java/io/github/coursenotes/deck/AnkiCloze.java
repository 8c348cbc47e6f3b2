package io.github.coursenotes.deck;

import java.util.List;

/**
 * Anki's cloze syntax for the blanks of a fill-in-the-blank card. Anki reads {@code {{c1::answer}}}
 * in the field's HTML: a {@code ::} inside the answer would start a hint and a {@code }}} would end
 * the blank, so the answers' colons and braces are written as character references, which the
 * card shows as the characters themselves. Every blank is {@code c1}: one Anki card hides them all,
 * as the site's card does.
 */
public final class AnkiCloze {

    private AnkiCloze() {
    }

    /**
     * A blank with its accepted answers (plain text, the first is the canonical one): the back of
     * the card shows them all, the alternatives after the first in a {@code cn-also} span.
     */
    public static String blank(List<String> answers) {
        StringBuilder blank = new StringBuilder("{{c1::").append(escape(answers.get(0)));
        if (answers.size() > 1) {
            blank.append("<span class=\"cn-also\"> (or ");
            for (int i = 1; i < answers.size(); i++) {
                blank.append(i == 1 ? "" : i == answers.size() - 1 ? " or " : ", ").append(escape(answers.get(i)));
            }
            blank.append(")</span>");
        }
        return blank.append("}}").toString();
    }

    /**
     * The HTML around the blanks, with every {@code {{} written {@code {&#123;} so that text such
     * as a template example ({@code {{c2::x}}} in a code block) does not open a blank.
     */
    public static String escapeText(String html) {
        return html.replace("{{", "{&#123;");
    }

    /** Plain text as HTML with the characters of Anki's cloze syntax as character references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case ':' -> out.append("&#58;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
