package io.github.coursenotes.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An output sink that writes each file where {@link #prepare} says: the staged copy of the site
 * ({@link StagingWriter}) or a temporary file beside the file it will replace ({@link InPlaceWriter}).
 * Text is written as UTF-8; malformed characters become '?'.
 */
abstract class FileSink implements OutputSink {

    /** The file to write for {@code path} (relative to the site), with its parent folders created. */
    abstract Path prepare(String path) throws IOException;

    /** A stream that writes {@code file}, a path that {@link #prepare} gave, from its start: by default, anew. */
    OutputStream stream(Path file) throws IOException {
        return Files.newOutputStream(file);
    }

    @Override
    public void write(String path, byte[] bytes) {
        try (OutputStream out = stream(prepare(path))) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Streams the text into the file as UTF-8, through a buffer ({@link Utf8Writer}). */
    @Override
    public Writer writer(String path) {
        try {
            return new Utf8Writer(stream(prepare(path)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    @Override
    public void copy(String path, Path source) {
        try {
            Path file = prepare(path);
            try (OutputStream out = stream(file)) {
                Files.copy(source, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + source + " to " + path, e);
        }
    }
}
