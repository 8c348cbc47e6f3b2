package io.github.coursenotes.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void writesNestedValuesPrettyPrintedInMapOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of(true, "x"));
        map.put("empty", List.of());
        map.put("none", Map.of());
        assertEquals("{\n  \"b\": 1,\n  \"a\": [\n    true,\n    \"x\"\n  ],\n  \"empty\": [],\n  \"none\": {}\n}",
                JsonWriter.write(map));
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLineSeparators() {
        String tricky = "say \"hi\"\\\n\t\r\u0001\u2028</script>é";
        String json = JsonWriter.write(tricky);
        assertEquals("\"say \\\"hi\\\"\\\\\\n\\t\\r\\u0001\\u2028</script>é\"", json);
        assertEquals(tricky, JsonReader.parse(json));
    }
}
