package io.github.coursenotes.render.model;

/**
 * An entry of {@code chapter.entries}: a page of the chapter, or a sub-chapter.
 *
 * @param title   its title
 * @param href    the link to it
 * @param path    its path in the site
 * @param summary its summary, or empty
 * @param chapter whether it is a sub-folder
 */
public record ChapterEntry(String title, String href, String path, String summary, boolean chapter) {
}
