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

    @Test
    void theHeapIsShapedUnlessTheOptionsGivenSizeItOrTheMachineIsSmall() {
        long eightGb = 8L << 30;
        assertEquals(List.of("-Xms1g", "-Xmn400m"), ForkedBuild.heapOptions(List.of(), eightGb));
        assertEquals(List.of("-Xms1g", "-Xmn400m"), ForkedBuild.heapOptions(List.of("-Xss4m", "-Xmixed", "-XX:+UseSerialGC"), eightGb));
        for (String sizing : List.of("-Xmx512m", "-Xms2g", "-Xmn100m", "-XX:MaxHeapSize=1g", "-XX:MaxNewSize=64m",
                "-XX:NewRatio=3", "-XX:MaxRAMPercentage=50", "-XX:MaxRAM=2g")) {
            assertEquals(List.of(), ForkedBuild.heapOptions(List.of("-Xss4m", sizing), eightGb), sizing);
        }
        assertEquals(List.of(), ForkedBuild.heapOptions(List.of(), 3L << 30), "a quarter of 3 GB is under the 1 GB asked");
        assertEquals(List.of(), ForkedBuild.heapOptions(List.of(), 0), "memory unknown");
    }
}
