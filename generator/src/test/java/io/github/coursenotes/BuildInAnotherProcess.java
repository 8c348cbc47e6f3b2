package io.github.coursenotes;

import java.nio.file.Path;

/**
 * Builds a project in a JVM of its own, so that a test can kill the build for real
 * ({@code Process.destroyForcibly}). Argument: the project folder. Exit code 0 when the site was written.
 */
public final class BuildInAnotherProcess {

    private BuildInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project)
                .templatesDirectory(project.resolve("templates")).build());
        result.diagnostics().forEach(System.err::println);
        System.exit(result.written() ? 0 : 1);
    }
}
