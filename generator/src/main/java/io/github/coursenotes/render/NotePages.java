package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.model.TemplateData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;

/** The home page, chapter pages and notes, rendered in parallel through {@code home}, {@code chapter} and {@code note.ftlh}. */
final class NotePages implements SiteOutput {

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        write(site, site.pages(), sink, diagnostics);
    }

    /** None: every page belongs to its note. */
    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of();
    }

    /** Renders {@code pages} only (some of the site's pages), with the whole site's navigation. */
    void write(SiteContext site, List<CheckedPage> pages, OutputSink sink, Diagnostics diagnostics) {
        NoteHtmlRenderer noteHtml = site.noteHtml();
        PageModels models = models(site);
        pages.parallelStream().forEach(page -> writePage(site, models, page,
                noteHtml.render(page, page.parsed().document(), rootPrefix(page)), sink, diagnostics));
    }

    static PageModels models(SiteContext site) {
        return new PageModels(site.course(), site.settings(), site.lastUpdated());
    }

    /** The way from the page to the site root, e.g. {@code ../}. */
    static String rootPrefix(CheckedPage page) {
        return "../".repeat(page.page().depth());
    }

    /** Writes one page around {@code contentHtml}, its note rendered with links from its place ({@link #rootPrefix}). */
    static void writePage(SiteContext site, PageModels models, CheckedPage page, String contentHtml, OutputSink sink,
                          Diagnostics diagnostics) {
        TemplateData model = models.forPage(page.parsed(), contentHtml);
        // streamed to the file as it is rendered: a page is never held whole as a string
        try (Writer out = sink.writer(page.page().outputPath())) {
            site.theme().render(model, models.fragments(), out, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + page.page().outputPath(), e);
        }
    }
}
