package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code 404.ftlh} receives to render {@code 404.html}; its {@code site} has no {@code canonical}
 * (not a page to index or share).
 *
 * @param breadcrumbs always empty
 */
public record NotFoundPageModel(SiteData site, SpecialPageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs)
        implements TemplateData {
}
