package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.LastUpdated;
import java.util.List;

/**
 * Everything the outputs of a build are made from: the course, its checked pages (where their links
 * point included), the theme, the site settings, when each note last changed and the sizes of its images.
 */
public record SiteContext(Course course, List<CheckedPage> pages, Theme theme,
                          SiteSettings settings, LastUpdated lastUpdated, ImageSizes imageSizes) {

    public SiteContext {
        pages = List.copyOf(pages);
    }

    /** A context whose image sizes are read from the course's images. */
    public SiteContext(Course course, List<CheckedPage> pages, Theme theme, SiteSettings settings,
                       LastUpdated lastUpdated) {
        this(course, pages, theme, settings, lastUpdated, ImageSizes.of(course.assets()));
    }

    /** Renders note Markdown (or one node of it) with links relative to {@code rootPrefix}. */
    public NoteHtmlRenderer noteHtml() {
        return new NoteHtmlRenderer(settings.rawHtml(), imageSizes);
    }
}
