package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code search.ftlh} receives to render {@code search.html}, which {@code search.js} fills in.
 *
 * @param breadcrumbs always empty
 */
public record SearchPageModel(SiteData site, SpecialPageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs)
        implements TemplateData {
}
