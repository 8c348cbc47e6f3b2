package io.github.coursenotes.render;

import io.github.coursenotes.check.ResolvedLinks;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.List;

/**
 * Everything the outputs of a build are made from: the course, its parsed pages, where their links
 * point, the theme, the site settings and when each note last changed.
 */
public record SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme,
                          SiteSettings settings, LastUpdated lastUpdated) {

    public SiteContext {
        pages = List.copyOf(pages);
    }

    /** A context without last-updated dates. */
    public SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme, SiteSettings settings) {
        this(course, pages, links, theme, settings, LastUpdated.none());
    }

    /** Renders note Markdown (or one node of it) with links relative to {@code rootPrefix}. */
    public NoteHtmlRenderer noteHtml() {
        return new NoteHtmlRenderer(links, settings.rawHtml(), ImageSizes.of(course.assets()));
    }
}
