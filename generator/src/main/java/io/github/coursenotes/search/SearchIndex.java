package io.github.coursenotes.search;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.cards.CardPart;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.text.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * The search index of a course: its pages in reading order, each cut into sections at its
 * top-level headings, and one entry per card (question as title, answer as text). Section text is
 * plain and shortened to {@link #TEXT_LIMIT} characters at a word boundary, which keeps the index
 * small while a section's opening words (where its topic is named) stay searchable.
 */
public record SearchIndex(List<SearchPage> pages, List<SearchSection> sections) {

    /** Longest text kept per entry, in characters. */
    public static final int TEXT_LIMIT = 1200;

    public SearchIndex {
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
    }

    public static SearchIndex of(List<ParsedPage> pages) {
        // Pages in parallel (in the pool of the calling task, if any): one thread's work, this was
        // left running alone at the end of big builds.
        List<SearchPage> entries = pages.stream()
                .map(page -> new SearchPage(page.page().outputPath(), page.page().title())).toList();
        List<SearchSection> sections = IntStream.range(0, pages.size()).parallel()
                .mapToObj(number -> sectionsOf(pages.get(number), number))
                .flatMap(List::stream)
                .toList();
        return new SearchIndex(entries, sections);
    }

    private static List<SearchSection> sectionsOf(ParsedPage page, int pageNumber) {
        List<SearchSection> sections = new ArrayList<>();
        List<SearchSection> cards = new ArrayList<>();
        String summary = page.page().summary() == null ? "" : page.page().summary();
        SearchSection.Kind kind = SearchSection.Kind.PAGE;
        String anchor = "";
        String title = "";
        SearchText text = new SearchText();
        text.append(summary);
        for (Node node = page.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                sections.add(new SearchSection(pageNumber, kind, anchor, title, shorten(text.result())));
                sections.addAll(cards);
                cards.clear();
                kind = SearchSection.Kind.HEADING;
                anchor = page.headingIds().get(heading);
                title = PlainText.ofHeading(heading);
                text = new SearchText();
            } else if (node instanceof CardBlock card) {
                cards.add(card(card, pageNumber));
            } else {
                text.append(node);
            }
        }
        sections.add(new SearchSection(pageNumber, kind, anchor, title, shorten(text.result())));
        sections.addAll(cards);
        return sections;
    }

    private static SearchSection card(CardBlock card, int pageNumber) {
        String question = SearchText.ofChildren(card.parts(CardPart.Role.PROMPT).get(0));
        StringBuilder answer = new StringBuilder();
        for (Node part = card.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof CardPart section && section.role() != CardPart.Role.PROMPT) {
                answer.append(SearchText.ofChildren(section)).append(' ');
            }
        }
        return new SearchSection(pageNumber, SearchSection.Kind.CARD, "card-" + card.card().id(),
                shorten(question), shorten(answer.toString().strip()));
    }

    /** Cuts {@code text} to {@link #TEXT_LIMIT} characters at the last space before the limit. */
    static String shorten(String text) {
        if (text.length() <= TEXT_LIMIT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TEXT_LIMIT);
        if (cut <= TEXT_LIMIT / 2) {
            cut = Character.isHighSurrogate(text.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1 : TEXT_LIMIT;
        }
        return text.substring(0, cut);
    }
}
