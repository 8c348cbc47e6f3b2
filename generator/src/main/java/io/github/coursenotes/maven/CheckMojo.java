package io.github.coursenotes.maven;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the course (front matter, cards, links, anchors, images, templates) and writes nothing. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("coursenotes: skipped (coursenotes.skip)");
            return;
        }
        BuildResult result;
        try {
            result = SiteBuilder.check(config(drafts));
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("coursenotes could not read the course: " + e.getMessage(), e);
        }
        report(result, "Check");
        getLog().info("coursenotes: checked " + result.summary() + "; no problems found");
    }
}
