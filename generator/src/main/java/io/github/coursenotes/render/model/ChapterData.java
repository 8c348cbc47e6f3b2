package io.github.coursenotes.render.model;

import java.util.List;

/**
 * {@code chapter}, and each of {@code chapters}: a chapter with its entries.
 *
 * @param title        the chapter's title
 * @param summary      its summary, or empty
 * @param href         the link to its page
 * @param path         its page's path in the site
 * @param noteCount    its notes, those of its sub-chapters included (chapter pages are not notes)
 * @param sectionCount its direct sub-chapters
 * @param entries      its pages and sub-chapters, in order
 */
public record ChapterData(String title, String summary, String href, String path, long noteCount,
                          long sectionCount, List<ChapterEntry> entries) {
}
