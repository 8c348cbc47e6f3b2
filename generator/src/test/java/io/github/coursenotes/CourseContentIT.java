package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardType;
import io.github.coursenotes.content.ContentLoader;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.PageParser;
import io.github.coursenotes.markdown.ParsedPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The course this repository ships: it builds cleanly and every page teaches with cards. */
class CourseContentIT {

    private static final Path CONTENT = Fixtures.courseContent();

    @Test
    void courseChecksWithoutErrorsOrWarnings() throws Exception {
        BuildResult result = SiteBuilder.check(BuildConfig.builder(CONTENT.getParent())
                .contentDirectory(CONTENT).templatesDirectory(Fixtures.courseTemplates()).build());
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void everyPageHasAtLeastOneCardAndAllTypesAreUsed() {
        Diagnostics diagnostics = new Diagnostics();
        Course course = ContentLoader.load(CONTENT, "content/", false, Set.of(), diagnostics);
        PageParser parser = new PageParser();
        List<String> withoutCards = new ArrayList<>();
        Map<CardType, Integer> byType = new EnumMap<>(CardType.class);
        for (var page : course.pagesInOrder()) {
            ParsedPage parsed = parser.parse(page, diagnostics);
            if (parsed.cards().isEmpty()) {
                withoutCards.add(page.label());
            }
            for (CardBlock card : parsed.cards()) {
                byType.merge(card.card().type(), 1, Integer::sum);
            }
        }
        assertEquals(List.of(), withoutCards, "pages without a self-check card");
        assertEquals(CardType.values().length, byType.size(), "every card type is used: " + byType);
        int total = byType.values().stream().mapToInt(Integer::intValue).sum();
        // 15 seed flashcards plus at least 40 more
        assertTrue(total >= 55, "at least 55 cards, found " + total);
    }

    @Test
    void everyDiagramIsAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path svg : files.filter(path -> path.toString().endsWith(".svg")).toList()) {
                String text = Files.readString(svg);
                for (String required : List.of("<title", "<desc", "role=\"img\"", "aria-labelledby")) {
                    if (!text.contains(required)) {
                        problems.add(CONTENT.relativize(svg) + " lacks " + required);
                    }
                }
                if (text.contains("http://") && !text.contains("http://www.w3.org/")) {
                    problems.add(CONTENT.relativize(svg) + " refers to an external resource");
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
