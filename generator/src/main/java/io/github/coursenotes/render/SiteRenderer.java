package io.github.coursenotes.render;

import io.github.coursenotes.check.ResolvedLinks;
import io.github.coursenotes.content.Asset;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.output.OutputSink;
import java.util.List;
import java.util.Map;

/** Renders every page of the course through the theme and sends it, with the assets, to an {@link OutputSink}. */
public final class SiteRenderer {

    private final Course course;
    private final List<ParsedPage> pages;
    private final Theme theme;
    private final SiteSettings settings;
    private final NoteHtmlRenderer noteHtml;
    private final PageModel models;

    public SiteRenderer(Course course, List<ParsedPage> pages, ResolvedLinks links, Theme theme, SiteSettings settings) {
        this.course = course;
        this.pages = pages;
        this.theme = theme;
        this.settings = settings;
        this.noteHtml = new NoteHtmlRenderer(links, settings.rawHtml());
        this.models = new PageModel(course, settings);
    }

    /** Renders everything; template problems are reported to {@code diagnostics}. */
    public void render(OutputSink sink, Diagnostics diagnostics) {
        pages.parallelStream().forEach(page -> renderPage(page, sink, diagnostics));
        renderSpecial("404.html", "404.ftlh", "Page not found", sink, diagnostics);
        theme.assets().forEach((path, source) -> sink.copy("assets/" + path, source));
        for (Asset asset : course.assets()) {
            sink.copy(asset.outputPath(), asset.source());
        }
        sink.write(".nojekyll", "");
    }

    private void renderPage(ParsedPage page, OutputSink sink, Diagnostics diagnostics) {
        String root = "../".repeat(page.page().depth());
        String html = noteHtml.render(page, page.document(), root);
        Map<String, Object> model = models.forPage(page, html, page.cards().size());
        String template = switch (page.page().kind()) {
            case HOME -> "home.ftlh";
            case CHAPTER -> "chapter.ftlh";
            case NOTE -> "note.ftlh";
        };
        theme.render(template, model, diagnostics).ifPresent(text -> sink.write(page.page().outputPath(), text));
    }

    private void renderSpecial(String output, String template, String title, OutputSink sink, Diagnostics diagnostics) {
        Map<String, Object> model = models.forSpecial(output, title, "");
        theme.render(template, model, diagnostics).ifPresent(text -> sink.write(output, text));
    }
}
