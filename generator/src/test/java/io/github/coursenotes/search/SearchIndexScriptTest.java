package io.github.coursenotes.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.search.SearchSection.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SearchIndexScriptTest {

    private static final String ASSIGNMENT = "window.coursenotes.searchIndex = ";

    @Test
    void assignsTheIndexToTheCoursenotesNamespace() {
        String script = SearchIndexScript.of(new SearchIndex(List.of(), List.of()));
        assertTrue(script.contains("window.coursenotes = window.coursenotes || {};\n"), script);
        assertTrue(script.contains(ASSIGNMENT + "{\"pages\":[],\"sections\":[]};"), script);
    }

    @Test
    void writesPagesAndSectionsAsCompactArrays() {
        SearchIndex index = new SearchIndex(List.of(new SearchPage("deploy/canary.html", "Canary")), List.of(
                new SearchSection(0, Kind.PAGE, "", "", "Intro."),
                new SearchSection(0, Kind.HEADING, "rollback", "Rollback", "Switch back."),
                new SearchSection(0, Kind.CARD, "card-share", "How much?", "5%.")));
        Map<String, Object> data = data(SearchIndexScript.of(index));
        assertEquals(List.of(List.of("deploy/canary.html", "Canary")), data.get("pages"));
        assertEquals(List.of(
                List.of(0, 0, "", "", "Intro."),
                List.of(0, 1, "rollback", "Rollback", "Switch back."),
                List.of(0, 2, "card-share", "How much?", "5%.")), data.get("sections"));
    }

    @Test
    void escapesQuotesBackslashesMarkupAndLineSeparators() {
        String tricky = "say \"hi\" \\ <script>alert(1)</script>\u2028next\u0007";
        SearchIndex index = new SearchIndex(List.of(new SearchPage("a.html", tricky)), List.of());
        String script = SearchIndexScript.of(index);
        assertFalse(script.contains("<script>"), script);
        assertFalse(script.contains("\u2028"), script);
        assertEquals(List.of(List.of("a.html", tricky)), data(script).get("pages"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(String script) {
        int start = script.indexOf(ASSIGNMENT) + ASSIGNMENT.length();
        String json = script.substring(start, script.lastIndexOf(';'));
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(json);
    }
}
