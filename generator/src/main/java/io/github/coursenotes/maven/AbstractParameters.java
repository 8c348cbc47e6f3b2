package io.github.coursenotes.maven;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import java.io.File;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters shared by the goals, declared once. Goals extend this holder directly; they do
 * not inherit behaviour from one another.
 */
abstract class AbstractParameters extends AbstractMojo {

    private static final Pattern GITHUB =
            Pattern.compile("^(?:scm:git:)?(?:https?://|git@)github\\.com[/:]([^/]+)/([^/]+?)(?:\\.git)?/?$");

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File baseDirectory;

    /** Maven's build folder: the site a build replaces is kept in it, for the next build to write over. */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    protected File buildDirectory;

    /** The Markdown notes. */
    @Parameter(property = "coursenotes.contentDirectory", defaultValue = "${project.basedir}/content")
    protected File contentDirectory;

    /** The project's theme; files it lacks come from the built-in theme. */
    @Parameter(property = "coursenotes.templatesDirectory", defaultValue = "${project.basedir}/templates")
    protected File templatesDirectory;

    /** Where the site is written. */
    @Parameter(property = "coursenotes.outputDirectory", defaultValue = "${project.basedir}/site")
    protected File outputDirectory;

    /** Absolute URL of the published site, for the sitemap, canonical links and social meta. */
    @Parameter(property = "coursenotes.siteUrl", defaultValue = "${project.url}")
    protected String siteUrl;

    /** The course title. */
    @Parameter(property = "coursenotes.title", defaultValue = "${project.name}")
    protected String title;

    /** A one-line description of the course. */
    @Parameter(property = "coursenotes.description", defaultValue = "${project.description}")
    protected String description;

    /** Base URL for "Edit this page"; derived from the POM's GitHub {@code <scm><url>} when not set. */
    @Parameter(property = "coursenotes.editUrl")
    protected String editUrl;

    @Parameter(defaultValue = "${project.scm.url}", readonly = true)
    protected String scmUrl;

    /** Build notes marked {@code draft: true}. */
    @Parameter(property = "coursenotes.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Fail the build on warnings too. */
    @Parameter(property = "coursenotes.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /** Let raw HTML in notes through; when false it is shown escaped. */
    @Parameter(property = "coursenotes.rawHtml", defaultValue = "true")
    protected boolean rawHtml;

    /** Custom domain for GitHub Pages (e.g. {@code docs.example.org}), written to the site's {@code CNAME} file. */
    @Parameter(property = "coursenotes.cname")
    protected String cname;

    /**
     * Report broken links, anchors and images as warnings instead of errors: for bringing notes in from
     * elsewhere and looking at the site while fixing them. Off by default.
     */
    @Parameter(property = "coursenotes.warnOnBrokenLinks", defaultValue = "false")
    protected boolean warnOnBrokenLinks;

    /**
     * Show images from other servers ({@code https:} only): the pages' Content-Security-Policy then allows them.
     * Off by default: the site loads nothing from elsewhere, and each such image is a warning.
     */
    @Parameter(property = "coursenotes.externalImages", defaultValue = "false")
    protected boolean externalImages;

    /** Skip this goal. */
    @Parameter(property = "coursenotes.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The parameters as the core's one configuration value; {@code includeDrafts} is the goal's
     * choice ({@code serve} shows drafts by default). Parameters that are not part of it belong to
     * a goal ({@code skip}, {@code fork}, {@code port}, ...) or derive one of its values
     * ({@code scmUrl} the edit URL, {@code buildDirectory} the spare folder).
     */
    protected BuildConfig config(boolean includeDrafts) {
        BuildConfig.Builder builder = BuildConfig.builder(baseDirectory.toPath())
                .contentDirectory(contentDirectory.toPath())
                .templatesDirectory(templatesDirectory.toPath())
                .outputDirectory(outputDirectory.toPath())
                .siteUrl(siteUrl)
                .title(title)
                .description(description)
                .editUrl(editUrl)
                .drafts(includeDrafts)
                .failOnWarnings(failOnWarnings)
                .rawHtml(rawHtml)
                .cname(cname)
                .warnOnBrokenLinks(warnOnBrokenLinks)
                .externalImages(externalImages)
                .spareDirectory(buildDirectory == null ? null
                        : buildDirectory.toPath().resolve("coursenotes").resolve("previous-site"));
        BuildConfig config = builder.build();
        return config.editUrl() != null ? config : builder.editUrl(editUrlFromScm(config)).build();
    }

    /** {@code https://github.com/o/r} becomes {@code https://github.com/o/r/edit/main/content/}. */
    private String editUrlFromScm(BuildConfig config) {
        Matcher matcher = scmUrl == null ? null : GITHUB.matcher(scmUrl.strip());
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return "https://github.com/" + matcher.group(1) + "/" + matcher.group(2) + "/edit/main/"
                + config.label(config.contentDirectory()) + "/";
    }

    /** Logs every note and diagnostic and fails on errors (or on warnings when asked to). */
    protected void report(BuildResult result, String action) throws MojoFailureException {
        for (BuildNote note : result.notes()) {
            if (note.level() == BuildNote.Level.WARNING) {
                getLog().warn("coursenotes: " + note.message());
            } else {
                getLog().info("coursenotes: " + note.message());
            }
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            if (diagnostic.isError()) {
                getLog().error(diagnostic.format());
            } else {
                getLog().warn(diagnostic.format());
            }
        }
        long errors = result.diagnostics().size() - result.warningCount();
        if (errors > 0 || failOnWarnings && result.warningCount() > 0) {
            throw new MojoFailureException(action + " failed: " + errors + " error(s), " + result.warningCount()
                    + " warning(s); see the messages above (file:line:column: message)."
                    + (action.equals("Build") ? " The previous site was left untouched." : ""));
        }
    }
}
