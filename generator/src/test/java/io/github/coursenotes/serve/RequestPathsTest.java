package io.github.coursenotes.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/|''",
            "/index.html|index.html",
            "/deploy/canary.html|deploy/canary.html",
            "/deploy/|deploy",
            "/deploy//canary.html|deploy/canary.html",
            "//etc/passwd|passwd",
            "/images/a%20b.png|images/a b.png",
            "/etc/passwd|etc/passwd",
            "/%252e%252e/x|%2e%2e/x",
            "/notes/..hidden.html|notes/..hidden.html"})
    void pathsInsideTheSiteAreKept(String raw, String expected) {
        assertEquals(Optional.of(expected), RequestPaths.relative(URI.create(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret", "/a/../../secret", "/%2e%2e/secret", "/%2E%2E%2Fsecret", "/a/..%2f..%2fsecret",
            "/./index.html", "/..%5csecret", "/C:%5cWindows", "/c:/secret", "/a%00b"})
    void pathsThatCouldLeaveTheSiteAreRefused(String raw) {
        assertEquals(Optional.empty(), RequestPaths.relative(URI.create(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "relative/path"})
    void requestTargetsThatAreNotAbsolutePathsAreRefused(String raw) {
        assertEquals(Optional.empty(), RequestPaths.relative(URI.create(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/deploy/"})
    void aTrailingSlashNamesAFolder(String raw) {
        assertTrue(RequestPaths.namesFolder(URI.create(raw)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/deploy", "/deploy/index.html"})
    void noTrailingSlashNamesNoFolder(String raw) {
        assertFalse(RequestPaths.namesFolder(URI.create(raw)));
    }
}
