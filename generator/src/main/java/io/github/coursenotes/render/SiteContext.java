package io.github.coursenotes.render;

import io.github.coursenotes.check.ResolvedLinks;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.List;

/**
 * Everything the outputs of a build are made from: the course, its parsed pages, where their links
 * point, the theme, the site settings and the sizes of the course's images.
 */
public record SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme,
                          SiteSettings settings, ImageSizes images) {

    public SiteContext {
        pages = List.copyOf(pages);
    }

    /** Reads the sizes of the course's images from their files. */
    public SiteContext(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme, SiteSettings settings) {
        this(course, pages, links, theme, settings, ImageSizes.of(course.assets()));
    }

    /** Renders note Markdown (or one node of it) with links relative to {@code rootPrefix}. */
    public NoteHtmlRenderer noteHtml() {
        return new NoteHtmlRenderer(links, settings.rawHtml(), images);
    }
}
