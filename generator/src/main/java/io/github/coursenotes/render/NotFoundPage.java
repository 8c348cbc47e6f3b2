package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.net.URI;

/**
 * {@code 404.html}, which GitHub Pages serves for any missing path. It is served at the missing
 * path (e.g. {@code /repo/basics/gone.html}), so relative links would point into the wrong folder:
 * when the site URL is known, its links start from the site's path ({@code /repo/}) instead.
 */
final class NotFoundPage implements SiteOutput {

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        String siteUrl = site.settings().siteUrl();
        String root = siteUrl == null ? "" : URI.create(siteUrl).getPath();
        var model = new PageModel(site.course(), site.settings()).forSpecial("404.html", "Page not found", root);
        site.theme().render("404.ftlh", model, diagnostics).ifPresent(text -> sink.write("404.html", text));
    }
}
