package io.github.coursenotes.content;

/**
 * A text file split into front matter and Markdown body.
 *
 * @param bodyLine 1-based line number of the body's first line in the file
 */
public record SourceFile(FrontMatter frontMatter, String body, int bodyLine) {
}
