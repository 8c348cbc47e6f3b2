package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code chapter.ftlh} receives to render a folder's {@code index.html} (its {@code index.md},
 * or a generated page).
 *
 * @param prev     the page before in reading order, or {@code null}
 * @param next     the page after in reading order, or {@code null}
 * @param chapter  the chapter this page introduces, with its entries
 * @param chapters the top-level chapters
 */
public record ChapterPageModel(SiteData site, PageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs,
                               PageLink prev, PageLink next, ChapterData chapter, List<ChapterData> chapters)
        implements TemplateData {
}
