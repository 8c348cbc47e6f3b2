package io.github.coursenotes.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the unit tests of the theme's browser code ({@code src/test/js/*.test.js}) with Node's
 * built-in test runner. Without Node the test is skipped with a message, except on CI
 * ({@code CI=true}), where a missing Node fails it.
 */
class ScriptUnitTest {

    private static final Path SCRIPT_TESTS = Path.of("src/test/js");
    private static final Pattern PASSED = Pattern.compile("(?m)^# pass (\\d+)$");
    private static final Pattern FAILED = Pattern.compile("(?m)^# fail (\\d+)$");

    @Test
    void theBrowserCodeUnitTestsPassUnderNode() throws Exception {
        Path node = findNode();
        List<String> command = new ArrayList<>(List.of(node.toString(), "--test", "--test-reporter=tap"));
        try (Stream<Path> files = Files.list(SCRIPT_TESTS)) {
            files.map(Path::toString).filter(name -> name.endsWith(".test.js")).sorted().forEach(command::add);
        }
        assertTrue(command.size() > 3, "no *.test.js files in " + SCRIPT_TESTS.toAbsolutePath());
        Path log = Files.createTempFile("coursenotes-node-test", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("TZ", "UTC");
            builder.environment().remove("NODE_OPTIONS");
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("node --test did not finish within 3 minutes");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "node --test failed:\n" + output);
            assertEquals("0", count(FAILED, output), output);
            assertFalse(count(PASSED, output).equals("0"), "node ran no test:\n" + output);
            System.out.println("node --test: " + count(PASSED, output) + " passed, 0 failed");
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String count(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? matcher.group(1) : "0";
    }

    private static Path findNode() throws IOException {
        Optional<Path> found = Optional.ofNullable(System.getProperty("node.binary")).map(Path::of)
                .or(ScriptUnitTest::nodeOnPath);
        if (found.isPresent() && Files.isExecutable(found.get())) {
            return found.get();
        }
        String message = "Node.js not found (needed for the browser-code unit tests); install it with: apt-get install -y nodejs";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        Assumptions.abort("script unit tests skipped: " + message);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> nodeOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "node"))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
