package io.github.coursenotes.content;

/** An entry of a chapter: a page or a nested chapter. */
public sealed interface CourseNode permits Page, Chapter {

    /** Sort key within the parent: front matter weight, else the numeric prefix, else last. */
    int order();

    /** The file or folder name without its numeric prefix, a tie-breaker for ordering. */
    String slug();
}
