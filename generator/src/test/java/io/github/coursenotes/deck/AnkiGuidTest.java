package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnkiGuidTest {

    @Test
    void theSameKeyAlwaysGivesTheSameShortGuidInAnkisAlphabet() {
        String guid = AnkiNote.guid("course", "drift", "flip");
        assertEquals(guid, AnkiNote.guid("course", "drift", "flip"));
        assertTrue(guid.matches("[a-zA-Z0-9!#$%&()*+,\\-./:;<=>?@\\[\\]^_`{|}~]{1,11}"), guid);
    }

    @Test
    void theCourseTheCardAndItsTypeEachMakeAnotherGuid() {
        String guid = AnkiNote.guid("course", "drift", "flip");
        assertNotEquals(guid, AnkiNote.guid("other", "drift", "flip"));
        assertNotEquals(guid, AnkiNote.guid("course", "drift2", "flip"));
        assertNotEquals(guid, AnkiNote.guid("course", "drift", "choice"));
    }
}
