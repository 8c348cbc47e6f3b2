package io.github.coursenotes.cards;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** Gathers the text of a Markdown subtree, blanks shown as their first answer. */
final class PlainTextCollector extends AbstractVisitor {

    private final StringBuilder text;

    PlainTextCollector(StringBuilder text) {
        this.text = text;
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
        text.append(' ');
    }

    @Override
    public void visit(HardLineBreak node) {
        text.append(' ');
    }

    @Override
    public void visit(CustomNode node) {
        if (node instanceof ClozeBlank blank) {
            text.append(blank.answers().get(0));
        } else {
            visitChildren(node);
        }
    }

    @Override
    public void visitChildren(org.commonmark.node.Node parent) {
        super.visitChildren(parent);
        if (parent instanceof org.commonmark.node.Block) {
            text.append(' ');
        }
    }
}
