package io.github.coursenotes.render;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.model.NotFoundPageModel;
import io.github.coursenotes.render.model.SpecialPageData;
import java.util.List;
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
        PageModels models = new PageModels(site.course(), site.settings());
        String root = site.settings().sitePath();
        // Not a page to index or share: no canonical link to "404.html".
        NotFoundPageModel model = new NotFoundPageModel(models.site(root, PATH, false),
                SpecialPageData.of("Page not found", PATH, false), models.nav(root), List.of());
        site.theme().render(model, diagnostics).ifPresent(text -> sink.write(PATH, text));
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(PATH);
    }
}
