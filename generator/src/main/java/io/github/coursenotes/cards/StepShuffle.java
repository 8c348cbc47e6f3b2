package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** The order in which an ordering card shows its steps: shuffled, never the right order, and the same in every build. */
public final class StepShuffle {

    private StepShuffle() {
    }

    public static List<Integer> order(String cardId, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(order, new Random(cardId.hashCode()));
        if (size > 1 && isSorted(order)) {
            Collections.rotate(order, 1);
        }
        return order;
    }

    private static boolean isSorted(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
