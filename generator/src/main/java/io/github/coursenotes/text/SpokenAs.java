package io.github.coursenotes.text;

/**
 * A custom Markdown node whose plain text is not the text of its children: a cloze blank reads as
 * its first answer. {@link PlainText} asks it instead of walking into it.
 */
public interface SpokenAs {

    /** The node's text as a reader sees it. */
    String plainText();

    /**
     * Whether a heading's text (its anchor, the title and outline) includes this node's text; a
     * cloze blank's answer does not, a formula's TeX does.
     */
    default boolean spokenInHeadings() {
        return false;
    }
}
