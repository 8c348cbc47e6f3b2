package io.github.coursenotes.render;

import io.github.coursenotes.check.ResolvedLinks;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.List;

/**
 * Everything the outputs of a build are made from: the course, its parsed pages, where their links
 * point, the theme, the site settings, when each note last changed and the sizes of its images.
 */
public record SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme,
                          SiteSettings settings, LastUpdated lastUpdated, ImageSizes imageSizes) {

    public SiteContext {
        pages = List.copyOf(pages);
    }

    /** A context whose image sizes are read from the course's images. */
    public SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme, SiteSettings settings,
                       LastUpdated lastUpdated) {
        this(course, pages, links, theme, settings, lastUpdated, ImageSizes.of(course.assets()));
    }

    /** Renders note Markdown (or one node of it) with links relative to {@code rootPrefix}. */
    public NoteHtmlRenderer noteHtml() {
        return new NoteHtmlRenderer(links, settings.rawHtml(), imageSizes);
    }
}
