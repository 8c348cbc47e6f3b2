package io.github.coursenotes.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * The Server-Sent Events stream the reload script listens to ({@code /__coursenotes/events}). Each
 * open tab holds one connection; after every build, and once right after connecting, the server
 * sends {@code event: reload} with the build's number, and the script reloads when that differs from
 * the build its page came from.
 */
final class ReloadEvents implements HttpHandler, AutoCloseable {

    private final Set<HttpExchange> clients = ConcurrentHashMap.newKeySet();
    private final IntSupplier latestBuild;

    ReloadEvents(IntSupplier latestBuild) {
        this.latestBuild = latestBuild;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!Responses.allowRead(exchange)) {
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // Left open on purpose: the exchange is closed when the tab goes away or the server stops.
        clients.add(exchange);
        send(exchange, "retry: 1000\n" + event(latestBuild.getAsInt()));
    }

    /** Tells every open tab that build {@code number} is the latest. */
    void broadcast(int number) {
        clients.forEach(client -> send(client, event(number)));
    }

    /** A comment line: keeps idle connections open and finds the tabs that were closed. */
    void heartbeat() {
        clients.forEach(client -> send(client, ": still here\n\n"));
    }

    int clientCount() {
        return clients.size();
    }

    @Override
    public void close() {
        clients.forEach(this::drop);
    }

    private static String event(int number) {
        return "event: reload\ndata: " + number + "\n\n";
    }

    private void send(HttpExchange client, String text) {
        synchronized (client) {
            try {
                OutputStream out = client.getResponseBody();
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException closedByTheBrowser) {
                drop(client);
            }
        }
    }

    private void drop(HttpExchange client) {
        clients.remove(client);
        client.close();
    }
}
