package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.text.PlainText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Every card of the course once, in reading order, with the chapter and section it belongs to. */
final class CourseCards {

    private CourseCards() {
    }

    static List<LocatedCard> of(SiteContext site) {
        List<LocatedCard> cards = new ArrayList<>();
        Map<Page, DeckChapter> chapters = topLevelChapters(site.course());
        for (CheckedPage page : site.pages()) {
            if (page.parsed().cards().isEmpty()) {
                continue;
            }
            DeckChapter chapter = chapters.get(page.page());
            if (chapter == null) {
                chapter = new DeckChapter("home", page.page().title(), page.page().outputPath());
            }
            for (CardBlock block : page.parsed().cards()) {
                String section = sectionOf(block).orElse(page.page().title());
                cards.add(new LocatedCard(page, block, chapter, section));
            }
        }
        return cards;
    }

    /** The chapters that have cards, in course order. */
    static List<DeckChapter> chapters(List<LocatedCard> cards) {
        return List.copyOf(new LinkedHashSet<>(cards.stream().map(LocatedCard::chapter).toList()));
    }

    /**
     * The top-level chapter holding each page; a top-level page stands for itself. The home page
     * is not in the map. One walk over the course: looking each page up from the root was
     * pages × chapters × entries.
     */
    static Map<Page, DeckChapter> topLevelChapters(Course course) {
        Map<Page, DeckChapter> chapters = new IdentityHashMap<>();
        for (CourseNode child : course.root().children()) {
            if (child instanceof Chapter chapter) {
                DeckChapter deckChapter = new DeckChapter(chapter.slug(), chapter.title(), chapter.intro().outputPath());
                containers(chapter, List.of(), (page, path) -> chapters.put(page, deckChapter));
            } else if (child instanceof Page page) {
                chapters.putIfAbsent(page, new DeckChapter(page.slug(), page.title(), page.outputPath()));
            }
        }
        return chapters;
    }

    /** The URLs of the top-level chapters' pages (not those of the home page or of pages outside the chapters). */
    static Set<String> topLevelChapterUrls(Course course) {
        Set<String> urls = new HashSet<>();
        for (CourseNode child : course.root().children()) {
            if (child instanceof Chapter chapter) {
                urls.add(chapter.intro().outputPath());
            }
        }
        return urls;
    }

    /** The chapters holding each page at any depth, outermost first; a chapter holds its own intro. */
    static Map<Page, List<Chapter>> containingChapters(Course course) {
        Map<Page, List<Chapter>> containing = new IdentityHashMap<>();
        for (CourseNode child : course.root().children()) {
            if (child instanceof Chapter chapter) {
                containers(chapter, List.of(), containing::put);
            }
        }
        return containing;
    }

    /** Calls {@code action} with each page inside {@code chapter} and the chapters holding it. */
    private static void containers(Chapter chapter, List<Chapter> outer, BiConsumer<Page, List<Chapter>> action) {
        List<Chapter> path = new ArrayList<>(outer);
        path.add(chapter);
        path = List.copyOf(path);
        action.accept(chapter.intro(), path);
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                action.accept(page, path);
            } else if (child instanceof Chapter nested) {
                containers(nested, path, action);
            }
        }
    }

    /** The text of the nearest heading before the card in the note. */
    private static Optional<String> sectionOf(CardBlock block) {
        Node top = block;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        for (Node node = top.getPrevious(); node != null; node = node.getPrevious()) {
            if (node instanceof Heading heading) {
                return Optional.of(PlainText.ofHeading(heading));
            }
        }
        return Optional.empty();
    }
}
