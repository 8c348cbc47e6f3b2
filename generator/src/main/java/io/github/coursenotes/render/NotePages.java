package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.output.OutputSink;
import java.util.Map;

/** The home page, chapter pages and notes, rendered in parallel through {@code home}, {@code chapter} and {@code note.ftlh}. */
final class NotePages implements SiteOutput {

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        NoteHtmlRenderer noteHtml = site.noteHtml();
        PageModel models = new PageModel(site.course(), site.settings(), site.lastUpdated());
        site.pages().parallelStream().forEach(page -> {
            String root = "../".repeat(page.page().depth());
            String html = noteHtml.render(page, page.document(), root);
            Map<String, Object> model = models.forPage(page, html, page.cards().size());
            site.theme().render(template(page), model, diagnostics)
                    .ifPresent(text -> sink.write(page.page().outputPath(), text));
        });
    }

    private static String template(ParsedPage page) {
        return switch (page.page().kind()) {
            case HOME -> "home.ftlh";
            case CHAPTER -> "chapter.ftlh";
            case NOTE -> "note.ftlh";
        };
    }
}
