package io.github.coursenotes.output;

import java.io.IOException;
import java.nio.file.Path;

/** Another build is writing the same output folder right now (see {@link BuildLock}). */
public final class OutputLockedException extends IOException {

    private final Path output;

    OutputLockedException(Path output, Path lockFile) {
        super("another build is writing " + output + " right now (it holds " + lockFile.getFileName()
                + "); let it finish and build again, e.g. stop 'coursenotes:serve' or wait for its rebuild");
        this.output = output;
    }

    public Path output() {
        return output;
    }
}
