package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code note.ftlh} receives to render a note.
 *
 * @param prev     the page before in reading order, or {@code null}
 * @param next     the page after in reading order, or {@code null}
 * @param chapters the top-level chapters
 */
public record NotePageModel(SiteData site, PageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs,
                            PageLink prev, PageLink next, List<ChapterData> chapters) implements TemplateData {
}
