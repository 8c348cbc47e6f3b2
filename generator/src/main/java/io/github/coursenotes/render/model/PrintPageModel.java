package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code print.ftlh} receives to render {@code print.html}, the whole course on one page.
 *
 * @param breadcrumbs always empty
 * @param sections    every page of the course in reading order
 */
public record PrintPageModel(SiteData site, SpecialPageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs,
                             List<PrintSection> sections) implements TemplateData {
}
