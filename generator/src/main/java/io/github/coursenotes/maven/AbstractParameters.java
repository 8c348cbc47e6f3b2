package io.github.coursenotes.maven;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.diagnostic.Diagnostic;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters shared by the goals, declared once. Goals extend this holder directly; they do
 * not inherit behaviour from one another.
 */
abstract class AbstractParameters extends AbstractMojo {

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

    /** Skip this goal. */
    @Parameter(property = "coursenotes.skip", defaultValue = "false")
    protected boolean skip;

    protected CoursenotesParameters parameters() {
        return new CoursenotesParameters(baseDirectory, contentDirectory, templatesDirectory, outputDirectory, siteUrl,
                title, description, editUrl, scmUrl, drafts, failOnWarnings, rawHtml, cname, buildDirectory);
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
