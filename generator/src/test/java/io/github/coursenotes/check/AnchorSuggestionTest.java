package io.github.coursenotes.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorSuggestionTest {

    @Test
    void suggestsTheClosestAnchor() {
        assertEquals(" (did you mean '#scoping'?)", AnchorSuggestion.suggest("scopng", List.of("data", "scoping", "modeling")));
        assertEquals(" (did you mean '#data-drift'?)", AnchorSuggestion.suggest("datadrift", List.of("data-drift", "drift")));
    }

    @Test
    void nothingWhenNoAnchorIsClose() {
        assertEquals("", AnchorSuggestion.suggest("rollback", List.of("scoping", "data")));
        assertEquals("", AnchorSuggestion.suggest("x", List.of()));
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertEquals(" (did you mean '#ab'?)", AnchorSuggestion.suggest("a", List.of("ac", "ab")));
    }

    @Test
    void distanceIsTheEditDistance() {
        assertEquals(0, AnchorSuggestion.distance("same", "same"));
        assertEquals(1, AnchorSuggestion.distance("card", "cards"));
        assertEquals(2, AnchorSuggestion.distance("sectoin", "section"));
        assertEquals(3, AnchorSuggestion.distance("", "abc"));
    }
}
