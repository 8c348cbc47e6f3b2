package io.github.coursenotes.render;

import io.github.coursenotes.output.OutputSink;
import java.nio.file.Path;

/**
 * A file under a theme's {@code assets/}: one of the project's files, copied when the site is written,
 * or a built-in one, read from the plugin's jar when the theme is loaded (so that the jar is not held open).
 *
 * @param file  the project's file, or {@code null}
 * @param bytes the built-in file's content, or {@code null}
 */
record ThemeAsset(Path file, byte[] bytes) {

    static ThemeAsset of(Path file) {
        return new ThemeAsset(file, null);
    }

    static ThemeAsset of(byte[] bytes) {
        return new ThemeAsset(null, bytes);
    }

    /** Writes this asset to {@code path} of the site. */
    void writeTo(OutputSink sink, String path) {
        if (file != null) {
            sink.copy(path, file);
        } else {
            sink.write(path, bytes);
        }
    }
}
