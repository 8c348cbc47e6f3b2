package io.github.coursenotes.cards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import io.github.coursenotes.BuildResult;
import io.github.coursenotes.Fixtures;
import io.github.coursenotes.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden HTML: the course {@code fixtures/cards-golden} is built through the whole pipeline and the
 * markup of each card is compared, unchanged, with {@code expected/<card id>.html}. Regenerate with
 * {@code mvn -o test -Dtest=CardNodeRendererTest -Dgolden.update=true} (see that folder's README).
 */
class CardNodeRendererTest {

    private static final Path EXPECTED = Fixtures.fixture("cards-golden").resolve("expected");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Pattern CARD_START = Pattern.compile("<div class=\"card card-[a-z]+\" id=\"card-([^\"]+)\"");
    private static final Pattern DIV_TAG = Pattern.compile("<(/?)div[\\s>]");

    @TempDir
    static Path project;

    private static String page;

    @BeforeAll
    static void build() throws IOException {
        Fixtures.copy("cards-golden", project);
        BuildResult result = SiteBuilder.build(BuildConfig.builder(project).title("Card goldens").build());
        assertEquals(List.of(), result.diagnostics());
        page = Files.readString(project.resolve("site/cards.html"), StandardCharsets.UTF_8);
    }

    @Test
    void everyCardMatchesItsGoldenFile() throws IOException {
        Map<String, String> cards = cards(page);
        assertEquals(7, cards.size(), "cards in cards.md");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> card : cards.entrySet()) {
            Path golden = EXPECTED.resolve(card.getKey() + ".html");
            String actual = card.getValue() + "\n";
            if (UPDATE) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            } else if (!Files.exists(golden)) {
                mismatches.add(card.getKey() + ": no golden file " + golden);
            } else if (!Files.readString(golden, StandardCharsets.UTF_8).equals(actual)) {
                mismatches.add(card.getKey() + ": differs from " + golden + "\n--- actual:\n" + actual);
            }
        }
        assertEquals(List.of(), mismatches, "regenerate with -Dgolden.update=true after an intended change");
    }

    @Test
    void everyGoldenFileBelongsToACard() throws IOException {
        Assumptions.assumeFalse(UPDATE, "updating the golden files");
        TreeSet<String> golden = new TreeSet<>();
        try (Stream<Path> files = Files.list(EXPECTED)) {
            files.forEach(file -> golden.add(file.getFileName().toString().replaceAll("\\.html$", "")));
        }
        assertEquals(new TreeSet<>(cards(page).keySet()), golden, "stale files in " + EXPECTED);
    }

    @Test
    void theCardMarkupHasUniqueIdsAndNamedControls() {
        Document document = Jsoup.parse(page);
        List<String> ids = document.select("[id]").eachAttr("id");
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "duplicate ids: " + ids);
        for (Element input : document.select(".card input")) {
            boolean named = input.hasAttr("aria-label") || input.hasAttr("aria-labelledby")
                    || !document.select("label[for=" + input.id() + "]").isEmpty();
            assertTrue(named, "input without a name: " + input);
        }
        for (Element fieldset : document.select(".card fieldset")) {
            assertEquals("legend", fieldset.child(0).tagName(), "a fieldset starts with its legend");
        }
        for (Element label : document.select(".card label")) {
            assertTrue(label.select("div, p, ul, ol, pre, table").isEmpty(), "block content in a label: " + label);
        }
        for (Element labelled : document.select(".card [aria-labelledby]")) {
            assertTrue(document.getElementById(labelled.attr("aria-labelledby")) != null, labelled.toString());
        }
    }

    /** The markup of each card on the page, as written, by card id in page order. */
    private static Map<String, String> cards(String html) {
        Map<String, String> cards = new LinkedHashMap<>();
        Matcher start = CARD_START.matcher(html);
        while (start.find()) {
            Matcher tag = DIV_TAG.matcher(html);
            int depth = 0;
            int position = start.start();
            while (tag.find(position)) {
                depth += tag.group(1).isEmpty() ? 1 : -1;
                position = tag.end();
                if (depth == 0) {
                    break;
                }
            }
            int end = html.indexOf('>', position - 1) + 1;
            cards.put(start.group(1), html.substring(start.start(), end));
        }
        return cards;
    }
}
