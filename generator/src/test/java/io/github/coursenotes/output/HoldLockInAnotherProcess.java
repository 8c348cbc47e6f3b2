package io.github.coursenotes.output;

import java.nio.file.Path;

/**
 * Holds the build lock of an output folder in a JVM of its own until its standard input closes.
 * Argument: the output folder. Prints {@code locked} once it holds the lock.
 */
public final class HoldLockInAnotherProcess {

    private HoldLockInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (BuildLock lock = BuildLock.acquire(Path.of(args[0]).toAbsolutePath().normalize())) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the lock until the test closes our input
            }
        }
    }
}
