package io.github.coursenotes.search;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.text.PlainText;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;

/**
 * The words of a Markdown subtree as a reader sees them: text, code and image descriptions;
 * blanks of cloze cards as their answer. Raw HTML is left out, and so are cards, which the index
 * lists on their own.
 */
final class SearchText extends PlainText {

    SearchText() {
        super(new StringBuilder());
    }

    /** The plain text of {@code node}, whitespace collapsed. */
    static String of(Node node) {
        SearchText collector = new SearchText();
        node.accept(collector);
        return collector.result();
    }

    /** The plain text of the children of {@code node}, whitespace collapsed. */
    static String ofChildren(Node node) {
        SearchText collector = new SearchText();
        collector.visitChildren(node);
        return collector.result();
    }

    String result() {
        return collapseWhitespace(text).strip();
    }

    /** {@code text} with each run of whitespace ({@code \\s} of a regular expression) as one space. */
    static String collapseWhitespace(CharSequence text) {
        // over a copy in an array, written in place: reading a builder or string a character at a
        // time was most of the search index's cost in profiles
        char[] chars = new char[text.length()];
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, chars.length, chars, 0);
        } else {
            text.toString().getChars(0, chars.length, chars, 0);
        }
        int length = 0;
        boolean blank = false;
        for (char c : chars) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!blank) {
                    chars[length++] = ' ';
                    blank = true;
                }
            } else {
                chars[length++] = c;
                blank = false;
            }
        }
        return new String(chars, 0, length);
    }

    void append(Node node) {
        node.accept(this);
    }

    void append(String words) {
        text.append(words).append(' ');
    }

    @Override
    public void visit(FencedCodeBlock node) {
        text.append(' ').append(node.getLiteral()).append(' ');
    }

    @Override
    public void visit(IndentedCodeBlock node) {
        text.append(' ').append(node.getLiteral()).append(' ');
    }

    @Override
    public void visit(HtmlBlock node) {
        text.append(' ');
    }

    @Override
    public void visit(HtmlInline node) {
    }

    @Override
    public void visit(CustomNode node) {
        super.visit(node);
        if (node instanceof TableCell) {
            text.append(' ');
        }
    }

    @Override
    public void visit(CustomBlock node) {
        if (!(node instanceof CardBlock)) {
            super.visit(node);
            text.append(' ');
        }
    }
}
