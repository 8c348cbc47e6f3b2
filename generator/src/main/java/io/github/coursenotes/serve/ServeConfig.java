package io.github.coursenotes.serve;

import io.github.coursenotes.BuildConfig;
import java.time.Duration;
import java.util.Objects;

/**
 * What the preview server needs: the build to run and where to listen.
 *
 * @param build    the build the server runs, into the real output folder
 * @param host     the address to listen on ({@code 127.0.0.1} keeps the preview on this machine)
 * @param port     the port, or {@code 0} for any free port
 * @param debounce how long the sources must be quiet before a rebuild, so one save that touches
 *                 several files (or an editor's write-then-rename) gives one rebuild
 */
public record ServeConfig(BuildConfig build, String host, int port, Duration debounce) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8000;
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);

    public ServeConfig {
        Objects.requireNonNull(build, "build");
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        debounce = debounce == null ? DEFAULT_DEBOUNCE : debounce;
    }

    /** Serves {@code build} on {@code host:port} with the default debounce. */
    public static ServeConfig of(BuildConfig build, String host, int port) {
        return new ServeConfig(build, host, port, DEFAULT_DEBOUNCE);
    }
}
