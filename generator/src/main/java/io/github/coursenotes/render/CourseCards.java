package io.github.coursenotes.render;

import io.github.coursenotes.cards.CardBlock;
import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.deck.DeckChapter;
import io.github.coursenotes.markdown.HeadingAnchors;
import io.github.coursenotes.markdown.ParsedPage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** Every card of the course once, in reading order, with the chapter and section it belongs to. */
final class CourseCards {

    private CourseCards() {
    }

    static List<LocatedCard> of(SiteContext site) {
        List<LocatedCard> cards = new ArrayList<>();
        for (ParsedPage page : site.pages()) {
            DeckChapter chapter = chapterOf(site.course(), page.page());
            for (CardBlock block : page.cards()) {
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

    /** The top-level chapter holding the page; a top-level page (or the home page) stands for itself. */
    static DeckChapter chapterOf(Course course, Page page) {
        for (CourseNode child : course.root().children()) {
            if (child instanceof Chapter chapter && contains(chapter, page)) {
                return new DeckChapter(chapter.slug(), chapter.title(), chapter.intro().outputPath());
            }
            if (child == page) {
                return new DeckChapter(page.slug(), page.title(), page.outputPath());
            }
        }
        return new DeckChapter("home", page.title(), page.outputPath());
    }

    static boolean contains(Chapter chapter, Page page) {
        if (chapter.intro() == page) {
            return true;
        }
        for (CourseNode child : chapter.children()) {
            if (child == page || child instanceof Chapter nested && contains(nested, page)) {
                return true;
            }
        }
        return false;
    }

    /** The text of the nearest heading before the card in the note. */
    private static Optional<String> sectionOf(CardBlock block) {
        Node top = block;
        while (top.getParent() != null && !(top.getParent() instanceof Document)) {
            top = top.getParent();
        }
        for (Node node = top.getPrevious(); node != null; node = node.getPrevious()) {
            if (node instanceof Heading heading) {
                return Optional.of(HeadingAnchors.text(heading));
            }
        }
        return Optional.empty();
    }
}
