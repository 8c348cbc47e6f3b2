package io.github.coursenotes.content;

/**
 * The YAML front matter of a note. Every field is optional.
 *
 * @param weight overrides the numeric file-name prefix when ordering; {@code null} when absent
 */
public record FrontMatter(String title, String summary, Integer weight, boolean draft) {

    public static final FrontMatter EMPTY = new FrontMatter(null, null, null, false);
}
