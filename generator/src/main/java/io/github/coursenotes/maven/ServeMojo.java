package io.github.coursenotes.maven;

import io.github.coursenotes.serve.PreviewServer;
import io.github.coursenotes.serve.ServeConfig;
import io.github.coursenotes.serve.ServeLog;
import java.io.IOException;
import java.net.BindException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it on {@code http://127.0.0.1:8000/}, rebuilds when {@code content/} or
 * {@code templates/} change and reloads the open browser tabs. Runs until Ctrl+C.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = true)
public class ServeMojo extends AbstractParameters {

    /** The address to listen on; {@code 0.0.0.0} shares the preview with the local network. */
    @Parameter(property = "coursenotes.host", defaultValue = ServeConfig.DEFAULT_HOST)
    protected String host;

    /** The port to listen on; {@code 0} picks any free port (the URL is printed). */
    @Parameter(property = "coursenotes.port", defaultValue = "8000")
    protected int port;

    /** Show notes marked {@code draft: true} while serving (the {@code build} goal leaves them out unless {@code drafts} is set). */
    @Parameter(property = "coursenotes.previewDrafts", defaultValue = "true")
    protected boolean previewDrafts;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("coursenotes: skipped (coursenotes.skip)");
            return;
        }
        ServeConfig config = ServeConfig.of(config(drafts || previewDrafts), host, port);
        try (PreviewServer server = PreviewServer.start(config, log())) {
            if (previewDrafts && !drafts) {
                getLog().info("coursenotes: drafts are shown; run the build goal before publishing "
                        + outputDirectory + " by hand");
            }
            awaitCtrlC(server);
        } catch (BindException e) {
            throw new MojoExecutionException("coursenotes could not listen on " + host + ":" + port + " ("
                    + e.getMessage() + "); choose another port with -Dcoursenotes.port=... (0 = any free port)", e);
        } catch (IOException e) {
            throw new MojoExecutionException("coursenotes could not serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCtrlC(PreviewServer server) throws InterruptedException {
        Thread stop = new Thread(server::close, "coursenotes-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        try {
            server.awaitClose();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl+C: the hook is running and has closed the server.
            }
        }
    }

    private ServeLog log() {
        return new ServeLog() {
            @Override
            public void info(String message) {
                getLog().info(message);
            }

            @Override
            public void warn(String message) {
                getLog().warn(message);
            }

            @Override
            public void error(String message) {
                getLog().error(message);
            }
        };
    }
}
