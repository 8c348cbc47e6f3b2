package io.github.coursenotes.content;

/**
 * One note: a Markdown file (or the generated introduction of a chapter without {@code index.md}).
 *
 * @param sourcePath path under {@code content/} with forward slashes, e.g. {@code 01-lifecycle/02-data.md}
 * @param label      the path shown in diagnostics, e.g. {@code content/01-lifecycle/02-data.md}
 * @param outputPath path of the generated file in the site, e.g. {@code lifecycle/data.html}
 * @param body       Markdown after the front matter, with LF line endings
 * @param bodyLine   1-based line of the body's first line in the source file
 */
public record Page(String sourcePath, String label, String outputPath, Kind kind, String title, String summary,
                   int order, String slug, String body, int bodyLine) implements CourseNode {

    /** What role the page plays in the course tree. */
    public enum Kind {
        /** {@code content/index.md}: the home page's introduction. */
        HOME,
        /** A folder's {@code index.md} (or a generated stand-in): the chapter page. */
        CHAPTER,
        /** An ordinary note. */
        NOTE
    }

    /**
     * The page's key, unique in the course: {@code lifecycle/stages.html} becomes {@code lifecycle-stages},
     * the home page {@code index}. Derived card ids and the print page's section ids start with it.
     */
    public String key() {
        return (outputPath.endsWith(".html") ? outputPath.substring(0, outputPath.length() - 5) : outputPath)
                .replace('/', '-');
    }

    /** Number of folders between the site root and this page. */
    public int depth() {
        return (int) outputPath.chars().filter(c -> c == '/').count();
    }
}
