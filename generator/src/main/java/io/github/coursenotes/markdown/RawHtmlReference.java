package io.github.coursenotes.markdown;

import org.commonmark.node.CustomNode;

/**
 * An attribute of raw HTML in a note that the build checks or rewrites, added as a child of its
 * {@code HtmlInline} or {@code HtmlBlock}: a relative {@code href} (a link), a {@code src} (an
 * image or other file) or an {@code id} / {@code name} (an anchor). Its source span is the
 * value's first character in the note. The renderer writes the raw HTML with each such value
 * replaced by what the attribute providers give for this node.
 */
public final class RawHtmlReference extends CustomNode {

    /** What the attribute does. */
    public enum Kind {
        /** {@code href}: a link to a note, a file or an anchor. */
        LINK,
        /** {@code src}: an image or other embedded file. */
        SOURCE,
        /** {@code id} or {@code name}: an anchor that links may point to. */
        ANCHOR
    }

    private final Kind kind;
    private final String tagName;
    private final String attribute;
    private final String value;
    private final int nameStart;
    private final int start;
    private final int end;

    /**
     * @param value     the attribute's value, character references decoded
     * @param nameStart where the attribute's name starts in the raw HTML's literal
     * @param start     where the value (its quotes included) starts
     * @param end       where it ends
     */
    RawHtmlReference(Kind kind, String tagName, String attribute, String value, int nameStart, int start, int end) {
        this.kind = kind;
        this.tagName = tagName;
        this.attribute = attribute;
        this.value = value;
        this.nameStart = nameStart;
        this.start = start;
        this.end = end;
    }

    public Kind kind() {
        return kind;
    }

    /** The element's name in lower case, e.g. {@code img}. */
    public String tagName() {
        return tagName;
    }

    /** The attribute's name in lower case, e.g. {@code src}. */
    public String attribute() {
        return attribute;
    }

    public String value() {
        return value;
    }

    int nameStart() {
        return nameStart;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }
}
