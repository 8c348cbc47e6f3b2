package io.github.coursenotes.markdown;

/** A heading in a page's table of contents. */
public record OutlineEntry(int level, String text, String anchor) {
}
