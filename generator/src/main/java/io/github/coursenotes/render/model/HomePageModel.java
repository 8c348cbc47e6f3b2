package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code home.ftlh} receives to render {@code index.html} from {@code content/index.md}.
 *
 * @param breadcrumbs always empty: the home page is where they start
 * @param next        the first page after the home page in reading order, or {@code null}
 * @param chapters    the top-level chapters
 */
public record HomePageModel(SiteData site, PageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs,
                            PageLink next, List<ChapterData> chapters) implements TemplateData {
}
