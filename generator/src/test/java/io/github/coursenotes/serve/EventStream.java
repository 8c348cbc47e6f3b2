package io.github.coursenotes.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Listens to the server's reload events as a browser tab does, with bounded waits. */
final class EventStream implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader reader;

    private EventStream(Socket socket) throws IOException {
        this.socket = socket;
        this.reader = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    }

    static EventStream open(URI server) {
        try {
            Socket socket = new Socket(server.getHost(), server.getPort());
            socket.getOutputStream().write(("GET " + ReloadScript.EVENTS_PATH + " HTTP/1.1\r\nHost: "
                    + server.getHost() + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new EventStream(socket);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The build number of the next {@code reload} event, or -1 when none came within {@code timeout}
     * or the stream ended.
     */
    int nextReload(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean reload = false;
        try {
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                String line = reader.readLine();
                if (line == null) {
                    return -1;
                }
                if (line.equals("event: reload")) {
                    reload = true;
                } else if (reload && line.startsWith("data: ")) {
                    return Integer.parseInt(line.substring("data: ".length()));
                }
            }
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }

    /** Whether the server ended the stream within {@code timeout}. */
    boolean endsWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (reader.readLine() == null) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException closed) {
            return true;
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
