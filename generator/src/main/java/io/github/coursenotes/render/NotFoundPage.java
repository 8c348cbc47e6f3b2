package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;

/** {@code 404.html}, which GitHub Pages serves for any missing path. */
final class NotFoundPage implements SiteOutput {

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        var model = new PageModel(site.course(), site.settings()).forSpecial("404.html", "Page not found", "");
        site.theme().render("404.ftlh", model, diagnostics).ifPresent(text -> sink.write("404.html", text));
    }
}
