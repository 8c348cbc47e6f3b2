package io.github.coursenotes.maven;

import io.github.coursenotes.BuildResult;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Builds the course site from {@code content/} and {@code templates/} into {@code site/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractParameters {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("coursenotes: skipped (coursenotes.skip)");
            return;
        }
        BuildResult result;
        try {
            result = SiteBuilder.build(parameters().toConfig(drafts));
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MojoExecutionException("coursenotes could not write the site: " + e.getMessage(), e);
        }
        report(result, "Build");
        getLog().info("coursenotes: built " + result.summary() + " into " + outputDirectory);
    }
}
