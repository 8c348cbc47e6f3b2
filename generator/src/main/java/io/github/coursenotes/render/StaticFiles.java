package io.github.coursenotes.render;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;

/** The theme's assets under {@code assets/}, the course's images and files beside their pages, and {@code .nojekyll}. */
final class StaticFiles implements SiteOutput {

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        site.theme().assets().forEach((path, source) -> sink.copy("assets/" + path, source));
        for (Asset asset : site.course().assets()) {
            sink.copy(asset.outputPath(), asset.source());
        }
        // GitHub Pages must publish the folder as is, not run it through Jekyll.
        sink.write(".nojekyll", "");
    }
}
