package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.render.model.NavItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sidebar of huge chapters: a window around the current page instead of every entry. */
class NavigationWindowTest {

    @Test
    void listsASmallChapterWhole() {
        Chapter only = chapter("only", notes("only", Navigation.FULL_LIST));
        Page current = (Page) only.children().get(Navigation.FULL_LIST - 1);

        List<NavItem> open = children(new Navigation(course(only)).tree(current, "").get(0));

        assertEquals(Navigation.FULL_LIST, open.size());
    }

    @Test
    void showsAWindowAroundTheCurrentPageOfAHugeChapter() {
        Chapter huge = chapter("huge", notes("huge", 5000));
        Page current = (Page) huge.children().get(2500);

        List<NavItem> open = children(new Navigation(course(huge)).tree(current, "").get(0));

        assertEquals(Navigation.WINDOW + 2, open.size());
        assertEquals("… 2485 more in Huge", open.get(0).title());
        assertEquals("huge/index.html", open.get(0).href());
        assertTrue(open.get(0).more());
        assertEquals("huge 2501", open.get(1 + Navigation.WINDOW / 2).title());
        assertTrue(open.get(1 + Navigation.WINDOW / 2).current());
        assertEquals("… 2484 more in Huge", open.get(open.size() - 1).title());
    }

    @Test
    void windowStaysInsideTheListAtBothEnds() {
        Chapter huge = chapter("huge", notes("huge", 200));
        Navigation navigation = new Navigation(course(huge));

        List<NavItem> atStart = children(navigation.tree(huge.intro(), "").get(0));
        List<NavItem> atEnd = children(navigation.tree((Page) huge.children().get(199), "").get(0));

        assertEquals("huge 1", atStart.get(0).title());
        assertEquals("… 169 more in Huge", atStart.get(atStart.size() - 1).title());
        assertEquals("… 169 more in Huge", atEnd.get(0).title());
        assertEquals("huge 200", atEnd.get(atEnd.size() - 1).title());
        assertTrue(atEnd.get(atEnd.size() - 1).current());
    }

    private static List<CourseNode> notes(String chapter, int count) {
        List<CourseNode> notes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            notes.add(new Page(chapter + "/" + i + ".md", chapter + "/" + i + ".md",
                    chapter + "/note-" + i + ".html", Page.Kind.NOTE, chapter + " " + i, null, i, "note-" + i, "", 1));
        }
        return notes;
    }

    private static Chapter chapter(String name, List<CourseNode> children) {
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Page intro = new Page(name + "/", name + "/", name + "/index.html", Page.Kind.CHAPTER, title, null,
                Integer.MAX_VALUE, "index", "", 1);
        return new Chapter(name + "/", title, null, 1, name, intro, children);
    }

    private static Course course(Chapter... chapters) {
        Page home = new Page("", "", "index.html", Page.Kind.HOME, "Course", null, Integer.MAX_VALUE, "index", "", 1);
        return new Course(new Chapter("", "Course", null, 0, "", home, List.of(chapters)), List.of());
    }

    private static List<NavItem> children(NavItem item) {
        return item.children();
    }
}
