package io.github.coursenotes.text;

/**
 * A custom Markdown node whose plain text is not the text of its children: a cloze blank reads as
 * its first answer. {@link PlainText} asks it instead of walking into it.
 */
public interface SpokenAs {

    /** The node's text as a reader sees it. */
    String plainText();
}
