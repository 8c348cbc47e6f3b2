package io.github.coursenotes.content;

import java.nio.file.Path;

/** A file under {@code content/} that is not a note (image, PDF, data), copied beside the pages. */
public record Asset(Path source, String sourcePath, String outputPath) {
}
