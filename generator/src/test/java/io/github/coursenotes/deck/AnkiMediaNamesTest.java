package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnkiMediaNamesTest {

    @Test
    void aNameIsTheCourseAndThePathJoinedByHyphens() {
        assertEquals(Map.of("basics/diagram.svg", "my-course-basics-diagram.svg"),
                AnkiMediaNames.of("my-course", List.of("basics/diagram.svg")));
    }

    @Test
    void charactersAnkiRefusesBecomeUnderscoresAndNamesAreNfc() {
        String name = AnkiMediaNames.of("c", List.of("a b/ü:x?.png")).get("a b/ü:x?.png");
        assertEquals("c-a_b-\u00fc_x_.png", name);
        assertTrue(AnkiPackageFile.isSafeAsIs(AnkiMediaNames.of("c", List.of("u\u0308ber.png")).get("u\u0308ber.png")));
    }

    @Test
    void pathsThatWouldShareANameGetDifferentOnes() {
        Map<String, String> names = AnkiMediaNames.of("c", List.of("a/b.png", "a-b.png"));
        assertNotEquals(names.get("a/b.png"), names.get("a-b.png"));
        assertEquals(names, AnkiMediaNames.of("c", List.of("a-b.png", "a/b.png")), "the same names whatever the order");
    }

    @Test
    void longNamesAreShortenedKeepingTheirExtension() {
        String path = "chapter/" + "very-long-name-".repeat(12) + "é.svg";
        String name = AnkiMediaNames.of("course", List.of(path)).get(path);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 100, name);
        assertTrue(name.endsWith(".svg") && name.startsWith("course-chapter-very-long-name-"), name);
    }
}
