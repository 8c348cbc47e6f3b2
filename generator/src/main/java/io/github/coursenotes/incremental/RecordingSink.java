package io.github.coursenotes.incremental;

import io.github.coursenotes.output.OutputSink;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Set;

/** Passes files on to another sink and notes their paths: which files the whole-course outputs write. */
record RecordingSink(OutputSink sink, Set<String> paths) implements OutputSink {

    @Override
    public void write(String path, byte[] bytes) {
        paths.add(path);
        sink.write(path, bytes);
    }

    @Override
    public void copy(String path, Path source) {
        paths.add(path);
        sink.copy(path, source);
    }

    @Override
    public Writer writer(String path) {
        paths.add(path);
        return sink.writer(path);
    }
}
