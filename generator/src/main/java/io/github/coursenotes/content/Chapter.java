package io.github.coursenotes.content;

import java.util.List;

/**
 * A folder of notes. The root of the course is a chapter too (with an empty {@code sourcePath}).
 *
 * @param intro    the chapter page: the folder's {@code index.md}, or a generated page without body
 * @param children pages and nested chapters in course order (the intro excluded)
 */
public record Chapter(String sourcePath, String title, String summary, int order, String slug, Page intro,
                      List<CourseNode> children) implements CourseNode {

    public Chapter {
        children = List.copyOf(children);
    }
}
