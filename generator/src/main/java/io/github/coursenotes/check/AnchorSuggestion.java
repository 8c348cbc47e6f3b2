package io.github.coursenotes.check;

import java.util.Collection;
import java.util.Comparator;

/** Suggests the closest existing anchor for a mistyped one. */
final class AnchorSuggestion {

    private AnchorSuggestion() {
    }

    static String suggest(String wanted, Collection<String> anchors) {
        return anchors.stream()
                .filter(anchor -> distance(wanted, anchor) <= Math.max(2, wanted.length() / 3))
                .min(Comparator.comparingInt((String anchor) -> distance(wanted, anchor)).thenComparing(a -> a))
                .map(anchor -> " (did you mean '#" + anchor + "'?)")
                .orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
