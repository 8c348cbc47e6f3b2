package io.github.coursenotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes the stamp file named by the system property {@code coursenotes.unitTestStamp} (surefire sets
 * it) when a run of the unit tests has passed in full: every {@code *Test} class compiled into
 * {@code coursenotes.testClasses} ran, and no test or class failed. The build skips the unit tests
 * while the stamp is newer than every source, test, theme file and the POM, so a run that did not
 * pass, or ran only some tests ({@code -Dtest=...}, an IDE), never lets a later build skip them.
 * Registered through {@code META-INF/services}; without the properties (failsafe, an IDE) it does nothing.
 */
public final class UnitTestStamp implements TestExecutionListener {

    private final AtomicBoolean failed = new AtomicBoolean();
    private final Set<String> classesRun = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        stamp().ifPresent(stamp -> {
            try {
                Files.deleteIfExists(stamp); // a run that does not pass leaves none
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.FAILED) {
            failed.set(true);
        }
        test.getSource().filter(ClassSource.class::isInstance)
                .ifPresent(source -> classesRun.add(((ClassSource) source).getClassName()));
    }

    /** A class left out with {@code @Disabled} counts as run: it is the whole run as written. */
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        test.getSource().filter(ClassSource.class::isInstance)
                .ifPresent(source -> classesRun.add(((ClassSource) source).getClassName()));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Optional<Path> stamp = stamp();
        String classes = System.getProperty("coursenotes.testClasses");
        if (stamp.isEmpty() || classes == null || failed.get()
                || !classesRun.containsAll(unitTestClasses(Path.of(classes)))) {
            return;
        }
        try {
            Files.createDirectories(stamp.get().getParent());
            Files.writeString(stamp.get(),
                    "Every unit test passed; the build skips them while this file is newer than the sources.\n");
            // dated when the build started: a file saved while it ran is newer, and its tests run next time
            String started = System.getProperty("coursenotes.buildStarted");
            if (started != null && !started.isBlank()) {
                Files.setLastModifiedTime(stamp.get(), FileTime.from(Instant.parse(started)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> stamp() {
        return Optional.ofNullable(System.getProperty("coursenotes.unitTestStamp")).map(Path::of);
    }

    /** The names of the compiled top-level classes named {@code *Test}: the classes surefire runs. */
    static Set<String> unitTestClasses(Path testClasses) {
        try (Stream<Path> walk = Files.walk(testClasses)) {
            return walk.map(path -> testClasses.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
