package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files for hosts and crawlers: {@code sitemap.xml} and {@code robots.txt} when the site URL
 * is known (both need absolute URLs), and {@code CNAME} for a GitHub Pages custom domain.
 *
 * <p>A missing site URL is a note in the log, not a diagnostic: it is no mistake in the notes, a
 * course built only to be read from disk needs none, and it must not fail a build run with
 * {@code failOnWarnings}.
 */
final class SiteMetadata implements SiteOutput {

    private static final String CNAME = "CNAME";
    private static final String SITEMAP = "sitemap.xml";
    private static final String ROBOTS = "robots.txt";

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        SiteSettings settings = site.settings();
        if (settings.cname() != null) {
            sink.write(CNAME, settings.cname() + "\n");
        }
        if (settings.siteUrl() == null) {
            diagnostics.note(BuildNote.Level.WARNING, "no site URL (set <url> in the POM or coursenotes.siteUrl):"
                    + " sitemap.xml, robots.txt and canonical links are left out, and 404.html works only at the top level");
            return;
        }
        sink.write(SITEMAP, sitemap(site));
        sink.write(ROBOTS, "User-agent: *\nAllow: /\n\nSitemap: " + settings.siteUrl() + SITEMAP + "\n");
    }

    /** {@code CNAME} with a custom domain, {@code sitemap.xml} and {@code robots.txt} with a site URL. */
    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        Set<String> paths = new TreeSet<>();
        if (settings.cname() != null) {
            paths.add(CNAME);
        }
        if (settings.siteUrl() != null) {
            paths.add(SITEMAP);
            paths.add(ROBOTS);
        }
        return paths;
    }

    private static String sitemap(SiteContext site) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (CheckedPage checked : site.pages()) {
            Page page = checked.page();
            String path = page.kind() == Page.Kind.HOME ? "" : page.outputPath();
            xml.append("  <url><loc>").append(escape(site.settings().siteUrl() + path)).append("</loc>");
            site.lastUpdated().of(page.sourcePath())
                    .ifPresent(date -> xml.append("<lastmod>").append(date).append("</lastmod>"));
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
