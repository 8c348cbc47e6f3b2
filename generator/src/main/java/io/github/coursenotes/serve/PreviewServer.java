package io.github.coursenotes.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The live preview: builds the site once, serves the output folder over HTTP, watches
 * {@code content/} and {@code templates/}, rebuilds after each change (debounced) and tells the
 * open tabs to reload. Start with {@link #start}; {@link #close} stops everything and is safe to
 * call more than once and from a shutdown hook.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(ServeConfig.of(build, "127.0.0.1", 8000), log)) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    private static final long HEARTBEAT_SECONDS = 15;

    private final HttpServer http;
    private final ExecutorService requests;
    private final ScheduledThreadPoolExecutor scheduler;
    private final ReloadEvents events;
    private final Rebuilder rebuilder;
    private SourceWatcher watcher;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private PreviewServer(ServeConfig config, ServeLog log) throws IOException {
        http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
        requests = Executors.newCachedThreadPool(daemon("coursenotes-http"));
        scheduler = new ScheduledThreadPoolExecutor(1, daemon("coursenotes-build"));
        // On close, a pending (debounced) rebuild is dropped; one already running finishes.
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        events = new ReloadEvents(this::latestBuild);
        rebuilder = new Rebuilder(config, scheduler, log, status -> events.broadcast(status.number()));
        http.createContext("/", new SiteHandler(config.build().outputDirectory(), rebuilder::status,
                rebuilder::awaitCurrent, config.build().siteUrl()));
        http.createContext(ReloadScript.PREFIX, new PreviewFiles(rebuilder::status));
        http.createContext(ReloadScript.EVENTS_PATH, events);
        http.setExecutor(requests);
    }

    /**
     * Binds {@code host:port} (failing at once when it is taken), runs the first build, starts
     * serving and watching. A failed first build does not stop the server: the browser shows the problems.
     */
    public static PreviewServer start(ServeConfig config, ServeLog log) throws IOException, InterruptedException {
        PreviewServer server = new PreviewServer(config, log);
        List<Path> sources = Stream.of(config.build().contentDirectory(), config.build().templatesDirectory())
                .filter(Objects::nonNull).toList();
        try {
            server.watcher = SourceWatcher.start(sources, server.rebuilder::changed);
            server.rebuilder.buildNow();
            server.scheduler.scheduleAtFixedRate(server.events::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                    TimeUnit.SECONDS);
            server.http.start();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        String watched = sources.stream().map(source -> config.build().label(source) + "/")
                .collect(Collectors.joining(" and "));
        log.info("coursenotes: serving " + server.url() + " (watching " + watched + "; press Ctrl+C to stop)");
        return server;
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8000/}, with the real port when 0 was asked for. */
    public URI url() {
        InetSocketAddress address = http.getAddress();
        try {
            return new URI("http", null, address.getHostString(), address.getPort(), "/", null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no URL for " + address, e);
        }
    }

    /** The latest build's outcome. */
    public BuildStatus status() {
        return rebuilder.status();
    }

    /** How many tabs are listening for reloads. */
    public int listeners() {
        return events.clientCount();
    }

    /** Blocks until {@link #close} is called (e.g. by a shutdown hook on Ctrl+C). */
    public void awaitClose() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            closeWatcher();
            scheduler.shutdown();
            rebuilder.close();
            events.close();
            http.stop(0);
            requests.shutdownNow();
            awaitTermination(scheduler);
        } finally {
            stopped.countDown();
        }
    }

    private int latestBuild() {
        return rebuilder.status().number();
    }

    private void closeWatcher() {
        if (watcher == null) {
            return;
        }
        try {
            watcher.close();
        } catch (IOException e) {
            // The watch service is closed either way; nothing is left to release.
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
