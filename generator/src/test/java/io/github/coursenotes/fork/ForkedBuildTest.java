package io.github.coursenotes.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForkedBuildTest {

    @Test
    void javaBefore23GetsNoOptionItWouldRefuse() {
        assertEquals(List.of(), ForkedBuild.optionsOfThisJava(17));
        assertEquals(List.of(), ForkedBuild.optionsOfThisJava(22));
    }

    @Test
    void java23AndLaterAllowGraalJsItsUnsafeAccessWithoutAWarning() {
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), ForkedBuild.optionsOfThisJava(23));
        assertEquals(List.of("--sun-misc-unsafe-memory-access=allow"), ForkedBuild.optionsOfThisJava(25));
    }
}
