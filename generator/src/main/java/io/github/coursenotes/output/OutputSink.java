package io.github.coursenotes.output;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where the rendered site goes, file by file. Implementations are safe for concurrent writes of different files. */
public interface OutputSink {

    /** Writes {@code text} as UTF-8 to {@code path}, relative to the site root with forward slashes. */
    default void write(String path, String text) {
        write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} to {@code path}. */
    void write(String path, byte[] bytes);

    /** Copies {@code source} (any file system, e.g. inside the plugin jar) to {@code path}. */
    void copy(String path, Path source);

    /**
     * A writer for the UTF-8 text of {@code path}, so that a page can be streamed out as it is
     * rendered instead of being held whole; closing it finishes the file. By default the text is
     * collected and handed to {@link #write} on close.
     */
    default Writer writer(String path) {
        return new StringWriter() {
            @Override
            public void close() {
                OutputSink.this.write(path, toString());
            }
        };
    }

    /** A sink that discards everything: used by the {@code check} goal. */
    static OutputSink discard() {
        return new OutputSink() {
            @Override
            public void write(String path, byte[] bytes) {
            }

            @Override
            public void copy(String path, Path source) {
            }

            @Override
            public Writer writer(String path) {
                return Writer.nullWriter();
            }
        };
    }
}
