package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order in which an ordering card shows its steps: shuffled, the same in every build, and
 * never a rotation of the right order (the right order itself, or the right order started
 * part-way, such as 2 3 4 1, which gives the answer away). Two steps can only be swapped.
 */
public final class StepShuffle {

    private StepShuffle() {
    }

    public static List<Integer> order(String cardId, int size) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        if (size < 2) {
            return order;
        }
        if (size == 2) {
            return List.of(1, 0);
        }
        Random random = new Random(cardId.hashCode());
        do {
            Collections.shuffle(order, random);
        } while (isRotation(order));
        return order;
    }

    /** Whether each step is followed by the next one, the last by the first (0 1 2 3, 2 3 0 1). */
    static boolean isRotation(List<Integer> order) {
        int size = order.size();
        for (int i = 0; i < size; i++) {
            if (order.get((i + 1) % size) != (order.get(i) + 1) % size) {
                return false;
            }
        }
        return true;
    }
}
