package io.github.coursenotes.render;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.Set;
import java.util.TreeSet;

/** The theme's assets under {@code assets/}, the course's images and files beside their pages, and {@code .nojekyll}. */
final class StaticFiles implements SiteOutput {

    private static final String ASSETS = "assets/";
    /** Tells GitHub Pages to publish the folder as is, not run it through Jekyll. */
    private static final String NO_JEKYLL = ".nojekyll";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        site.theme().assets().forEach((path, asset) -> asset.writeTo(sink, ASSETS + path));
        for (Asset asset : site.course().assets()) {
            sink.copy(asset.outputPath(), asset.source());
        }
        sink.write(NO_JEKYLL, "");
    }

    /** The theme's assets and {@code .nojekyll}; the course's files belong to the course. */
    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        Set<String> paths = new TreeSet<>();
        theme.assets().keySet().forEach(path -> paths.add(ASSETS + path));
        paths.add(NO_JEKYLL);
        return paths;
    }
}
