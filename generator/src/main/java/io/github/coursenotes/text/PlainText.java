package io.github.coursenotes.text;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Gathers the text of a Markdown subtree as a reader sees it: literal text and inline code, a
 * space for each line break and after each block, a cloze blank as its first answer. The one walk
 * behind heading anchors, titles, card text and search text; a subclass adds or leaves out kinds
 * of node (search leaves out raw HTML and cards, and takes code blocks).
 */
public class PlainText extends AbstractVisitor {

    protected final StringBuilder text;
    private final boolean inlineOnly;

    public PlainText(StringBuilder text) {
        this(text, false);
    }

    private PlainText(StringBuilder text, boolean inlineOnly) {
        this.text = text;
        this.inlineOnly = inlineOnly;
    }

    /**
     * A heading's text: its literal text and inline code only (no space for a line break of an
     * underlined heading, no blank answers), stripped, so that anchors stay what they were.
     */
    public static String ofHeading(Node heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new PlainText(text, true));
        return text.toString().strip();
    }

    @Override
    public void visit(Text node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(Code node) {
        text.append(node.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak node) {
        if (!inlineOnly) {
            text.append(' ');
        }
    }

    @Override
    public void visit(HardLineBreak node) {
        if (!inlineOnly) {
            text.append(' ');
        }
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof SpokenAs spoken && (!inlineOnly || spoken.spokenInHeadings())) {
            text.append(spoken.plainText());
        } else {
            visitChildren(node);
        }
    }

    /** A block that reads as text of its own (a formula on display) gives that text; others their children's. */
    @Override
    public void visit(CustomBlock node) {
        if (node instanceof SpokenAs spoken && !inlineOnly) {
            text.append(spoken.plainText()).append(' ');
        } else {
            visitChildren(node);
        }
    }

    /** Visits the children of {@code parent}; after a block's, a space. */
    @Override
    public void visitChildren(Node parent) {
        super.visitChildren(parent);
        if (!inlineOnly && parent instanceof Block) {
            text.append(' ');
        }
    }
}
