package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.Map;
import java.util.Set;

/**
 * {@code 404.html}, which GitHub Pages serves for any missing path, at any depth: for
 * {@code /repo/a/b/c} the browser resolves relative links against {@code /repo/a/b/}, so this page
 * links through the site's path on its server ({@code /repo/assets/style.css}), known from the
 * site URL. Without a site URL its links are relative to the site root and work only for missing
 * pages at the top level. (A {@code <base>} element would also do, but it would turn the page's
 * {@code #main} skip link into a link to the home page.) The preview server answers under the same
 * path, so the page is styled there too; opened from disk it is not, as it is only ever served.
 */
final class NotFoundPage implements SiteOutput {

    static final String PATH = "404.html";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        Map<String, Object> model = new PageModel(site.course(), site.settings())
                .forSpecial(PATH, "Page not found", site.settings().sitePath());
        // Not a page to index or share: no canonical link to "404.html".
        @SuppressWarnings("unchecked")
        Map<String, Object> siteModel = (Map<String, Object>) model.get("site");
        siteModel.remove("canonical");
        site.theme().render("404.ftlh", model, diagnostics).ifPresent(text -> sink.write(PATH, text));
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(PATH);
    }
}
