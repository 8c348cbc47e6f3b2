package io.github.coursenotes.maven;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.BuildStamp;
import io.github.coursenotes.SiteBuilder;
import io.github.coursenotes.diagnostic.BuildNote;
import io.github.coursenotes.fork.ForkedBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the course site from {@code content/} and {@code templates/} into {@code site/}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public class BuildMojo extends AbstractParameters {

    /**
     * Build in a JVM started for the build, with settings suited to a short batch job (C1 JIT only,
     * parallel collector), which takes about 40% less CPU than a build in Maven's own JVM. Set to
     * {@code false} to build in Maven's JVM.
     */
    @Parameter(property = "coursenotes.fork", defaultValue = "true")
    protected boolean fork;

    /** Extra options for the forked JVM, separated by spaces, e.g. {@code -Xmx2g}. */
    @Parameter(property = "coursenotes.jvmOptions")
    protected String jvmOptions;

    /**
     * Build even when nothing changed since the last build. By default a build whose notes,
     * templates, configuration, plugin and git commit are those of the last successful build, and
     * whose site folder is as that build left it, is skipped ("site/ is up to date").
     */
    @Parameter(property = "coursenotes.force", defaultValue = "false")
    protected boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("coursenotes: skipped (coursenotes.skip)");
            return;
        }
        BuildConfig config = config(drafts);
        BuildResult result;
        try {
            BuildStamp stamp = BuildStamp.in(buildDirectory.toPath().resolve("coursenotes").resolve("build.stamp"));
            // a forced build does not fingerprint its inputs and site (a tenth of a second at 5,000 notes)
            String inputs = force ? null : BuildStamp.inputs(config);
            if (!force && stamp.matches(inputs, config.outputDirectory())) {
                stamp.warnings().forEach(getLog()::warn);
                getLog().info("coursenotes: " + config.label(config.outputDirectory()) + "/ is up to date: nothing"
                        + " changed since the last build (-Dcoursenotes.force=true builds anyway)");
                return;
            }
            stamp.delete();
            result = fork ? ForkedBuild.build(config, jvmOptions()) : SiteBuilder.build(config);
            if (result.written() && inputs != null) {
                stamp.write(inputs, config.outputDirectory(), warnings(result));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("coursenotes could not write the site: " + e.getMessage(), e);
        }
        report(result, "Build");
        getLog().info("coursenotes: built " + result.summary() + " into " + outputDirectory
                + (fork ? " (in a forked JVM)" : " (in Maven's JVM)"));
    }

    /** The warnings of a build as the log shows them, to show again when the next build is skipped. */
    private static List<String> warnings(BuildResult result) {
        List<String> warnings = new ArrayList<>();
        result.notes().stream().filter(note -> note.level() == BuildNote.Level.WARNING)
                .forEach(note -> warnings.add("coursenotes: " + note.message()));
        result.diagnostics().stream().filter(diagnostic -> !diagnostic.isError())
                .forEach(diagnostic -> warnings.add(diagnostic.format()));
        return warnings;
    }

    private List<String> jvmOptions() {
        return jvmOptions == null || jvmOptions.isBlank() ? List.of() : Arrays.asList(jvmOptions.strip().split("\\s+"));
    }
}
