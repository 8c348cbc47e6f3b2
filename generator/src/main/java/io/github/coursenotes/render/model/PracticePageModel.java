package io.github.coursenotes.render.model;

import java.util.List;

/**
 * What {@code practice.ftlh} receives to render {@code practice.html}.
 *
 * @param breadcrumbs always empty
 * @param practice    the course's cards by chapter and the files to practise them with
 */
public record PracticePageModel(SiteData site, SpecialPageData page, List<NavItem> nav, List<Breadcrumb> breadcrumbs,
                                PracticeData practice) implements TemplateData {
}
