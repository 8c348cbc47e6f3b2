package io.github.coursenotes.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StepShuffleTest {

    @Test
    void theOrderIsAPermutationThatIsNeverTheRightOrder() {
        for (int size = 2; size <= 8; size++) {
            List<Integer> sorted = IntStream.range(0, size).boxed().toList();
            for (int card = 0; card < 200; card++) {
                List<Integer> order = StepShuffle.order("card-" + card, size);
                assertEquals(sorted, order.stream().sorted().toList());
                assertNotEquals(sorted, order, "card-" + card + " with " + size + " steps");
                if (size > 2) {
                    assertFalse(StepShuffle.isRotation(order), "card-" + card + ": " + order + " is the answer rotated");
                }
            }
        }
    }

    @Test
    void rotationsOfTheRightOrderAreRecognised() {
        assertTrue(StepShuffle.isRotation(List.of(0, 1, 2, 3)));
        assertTrue(StepShuffle.isRotation(List.of(1, 2, 3, 0)));
        assertTrue(StepShuffle.isRotation(List.of(3, 0, 1, 2)));
        assertFalse(StepShuffle.isRotation(List.of(0, 2, 1, 3)));
        assertFalse(StepShuffle.isRotation(List.of(3, 2, 1, 0)));
    }

    @Test
    void twoStepsAreSwapped() {
        assertEquals(List.of(1, 0), StepShuffle.order("any", 2));
        assertEquals(List.of(0), StepShuffle.order("any", 1));
    }

    @Test
    void theSameCardIsShuffledTheSameWayInEveryBuild() {
        assertEquals(StepShuffle.order("order-one", 4), StepShuffle.order("order-one", 4));
        assertEquals(List.of(0, 2, 1, 3), StepShuffle.order("order-one", 4), "fixed by the specification of Random");
    }
}
