package io.github.coursenotes.highlight;

import java.util.Objects;
import java.util.Optional;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Highlights source code as HTML: the text escaped, with the tokens worth a colour wrapped in
 * {@code <span class="hl-…">} (see {@link TokenStyle}). Line by line, carrying the scanner's state
 * across lines, so that a string or comment spanning lines stays one colour. Thread-safe: every
 * call uses its own token maker. Languages: those of {@link Language}; any other stays plain.
 */
public final class CodeHighlighter {

    private CodeHighlighter() {
    }

    /**
     * The highlighted HTML of {@code code}, or empty when {@code language} (a fence's first word,
     * e.g. {@code python}) is not one the highlighter knows, so that the caller writes it plain.
     */
    public static Optional<String> highlight(String language, String code) {
        return Language.tokenMaker(language).map(maker -> highlight(maker, code));
    }

    private static String highlight(TokenMaker maker, String code) {
        StringBuilder html = new StringBuilder(code.length() * 2);
        SpanWriter spans = new SpanWriter(html);
        int state = TokenTypes.NULL;
        int start = 0;
        while (true) {
            int end = code.indexOf('\n', start);
            state = highlightLine(maker, code.substring(start, end < 0 ? code.length() : end), state, spans);
            spans.close();
            if (end < 0) {
                return html.toString();
            }
            html.append('\n');
            start = end + 1;
        }
    }

    /** Writes the tokens of one line; returns the state the next line starts in. */
    private static int highlightLine(TokenMaker maker, String line, int state, SpanWriter spans) {
        char[] chars = line.toCharArray();
        Token token = maker.getTokenList(new Segment(chars, 0, chars.length), state, 0);
        // the last token is the state: a null token after a line that ends normally, or the kind
        // of the string or comment still open at its end
        int last = TokenTypes.NULL;
        for (; token != null; token = token.getNextToken()) {
            last = token.getType();
            if (token.isPaintable()) {
                spans.write(TokenStyle.cssClass(token.getType()), chars, token.getTextOffset(),
                        token.getEndOffset() - token.getTextOffset());
            }
        }
        return last;
    }

    /**
     * Writes escaped text into spans, one span for neighbouring tokens of the same class; white
     * space between two spans of different classes stays outside both.
     */
    private static final class SpanWriter {

        private final StringBuilder html;
        private final StringBuilder blank = new StringBuilder();
        private String open;

        SpanWriter(StringBuilder html) {
            this.html = html;
        }

        void write(String cssClass, char[] chars, int offset, int length) {
            if (isBlank(chars, offset, length)) {
                blank.append(chars, offset, length);
                return;
            }
            if (!Objects.equals(cssClass, open)) {
                close();
                if (cssClass != null) {
                    html.append("<span class=\"").append(cssClass).append("\">");
                    open = cssClass;
                }
            }
            html.append(blank);
            blank.setLength(0);
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                switch (c) {
                    case '&' -> html.append("&amp;");
                    case '<' -> html.append("&lt;");
                    case '>' -> html.append("&gt;");
                    case '"' -> html.append("&quot;");
                    default -> html.append(c);
                }
            }
        }

        /** Ends the open span, then writes the white space that followed it. */
        void close() {
            if (open != null) {
                html.append("</span>");
                open = null;
            }
            html.append(blank);
            blank.setLength(0);
        }

        private static boolean isBlank(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] != ' ' && chars[i] != '\t') {
                    return false;
                }
            }
            return true;
        }
    }
}
