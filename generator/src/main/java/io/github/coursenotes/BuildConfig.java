package io.github.coursenotes;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything a build needs to know. Create with {@link #builder(Path)}; defaults follow the
 * project layout ({@code content/}, {@code templates/}, {@code site/}).
 *
 * @param baseDirectory      the project folder; diagnostics name files relative to it
 * @param contentDirectory   the Markdown notes ({@code content/})
 * @param templatesDirectory the project's theme ({@code templates/}); missing files come from the built-in theme
 * @param outputDirectory    where the site is written ({@code site/})
 * @param title              the course title; {@code null} to use the home page's title
 * @param description        a one-line description for the home page and meta tags, or {@code null}
 * @param siteUrl            absolute URL of the published site, or {@code null} (sitemap and canonical links are then skipped)
 * @param editUrl            base URL for "Edit this page" links, or {@code null}
 * @param drafts             whether notes with {@code draft: true} are built
 * @param failOnWarnings     whether warnings fail the build
 * @param rawHtml            whether raw HTML in notes passes through (otherwise it is escaped)
 * @param cname              custom domain for GitHub Pages, written to {@code CNAME}, or {@code null}; without a
 *                           {@code siteUrl} the site URL becomes {@code https://<cname>/}
 * @param spareDirectory     where the site a build replaces is kept, to be overwritten by the next build instead of
 *                           deleted (on most file systems overwriting files is cheaper than deleting them and
 *                           creating new ones), or {@code null} to delete it; the Maven goals use
 *                           {@code target/coursenotes/previous-site}
 * @param warnOnBrokenLinks  report broken links, anchors and images as warnings instead of errors, to bring notes
 *                           from elsewhere in and look at them while fixing them (off by default)
 * @param externalImages     let the site show images from other servers over {@code https:} (the
 *                           Content-Security-Policy then allows them); off by default, when each is a warning
 */
public record BuildConfig(Path baseDirectory, Path contentDirectory, Path templatesDirectory, Path outputDirectory,
                          String title, String description, String siteUrl, String editUrl, boolean drafts,
                          boolean failOnWarnings, boolean rawHtml, String cname, Path spareDirectory,
                          boolean warnOnBrokenLinks, boolean externalImages) {

    public BuildConfig {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        Objects.requireNonNull(contentDirectory, "contentDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        cname = hostName(cname);
        siteUrl = blankToNull(siteUrl);
        if (siteUrl == null && cname != null) {
            siteUrl = "https://" + cname + "/";
        }
        if (siteUrl != null) {
            siteUrl = siteUrl.replaceFirst("/+$", "") + "/";
        }
        editUrl = blankToNull(editUrl);
        title = blankToNull(title);
        description = blankToNull(description);
    }

    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /**
     * Where the formulas typeset by one build are kept for the next (beside {@link #spareDirectory},
     * in Maven's build folder), so that a build whose formulas did not change does not start the
     * JavaScript engine that typesets them; {@code null} without a spare folder.
     */
    public Path formulaCache() {
        return spareDirectory == null ? null : spareDirectory.resolveSibling("formulas.txt");
    }

    /** How diagnostics name a file or folder: relative to the project when inside it. */
    public String label(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        String label = (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
        return label.isEmpty() ? "." : label;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** {@code https://docs.example.org/} written by mistake is taken as {@code docs.example.org}. */
    private static String hostName(String cname) {
        String host = blankToNull(cname);
        return host == null ? null : host.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("/+$", "");
    }

    /** Builder with the documented defaults. */
    public static final class Builder {
        private final Path baseDirectory;
        private Path contentDirectory;
        private Path templatesDirectory;
        private Path outputDirectory;
        private String title;
        private String description;
        private String siteUrl;
        private String editUrl;
        private boolean drafts;
        private boolean failOnWarnings;
        private boolean rawHtml = true;
        private String cname;
        private Path spareDirectory;
        private boolean warnOnBrokenLinks;
        private boolean externalImages;

        private Builder(Path baseDirectory) {
            this.baseDirectory = baseDirectory;
            this.contentDirectory = baseDirectory.resolve("content");
            this.templatesDirectory = baseDirectory.resolve("templates");
            this.outputDirectory = baseDirectory.resolve("site");
        }

        public Builder contentDirectory(Path value) { contentDirectory = value; return this; }
        public Builder templatesDirectory(Path value) { templatesDirectory = value; return this; }
        public Builder outputDirectory(Path value) { outputDirectory = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder siteUrl(String value) { siteUrl = value; return this; }
        public Builder editUrl(String value) { editUrl = value; return this; }
        public Builder drafts(boolean value) { drafts = value; return this; }
        public Builder failOnWarnings(boolean value) { failOnWarnings = value; return this; }
        public Builder rawHtml(boolean value) { rawHtml = value; return this; }
        public Builder cname(String value) { cname = value; return this; }
        public Builder spareDirectory(Path value) { spareDirectory = value; return this; }
        public Builder warnOnBrokenLinks(boolean value) { warnOnBrokenLinks = value; return this; }
        public Builder externalImages(boolean value) { externalImages = value; return this; }

        public BuildConfig build() {
            return new BuildConfig(baseDirectory, contentDirectory, templatesDirectory, outputDirectory, title,
                    description, siteUrl, editUrl, drafts, failOnWarnings, rawHtml, cname, spareDirectory,
                    warnOnBrokenLinks, externalImages);
        }
    }
}
