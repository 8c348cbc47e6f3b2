package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.render.model.NavItem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sidebar tree for one page. Chapters on the way to the current page are open and list their
 * pages; the others show only their title, so a page's size does not grow with the whole course.
 * A list longer than {@value #FULL_LIST} entries (a huge chapter) shows only the {@value #WINDOW}
 * entries around the current page, with a "more" link to the chapter page before and after, so
 * that pages stay small however big a chapter grows.
 * Built once per course: it indexes each page's chapters, so that a page's tree costs the entries
 * it shows rather than a walk over the whole course.
 */
final class Navigation {

    /** Lists up to this long are shown whole. */
    static final int FULL_LIST = 100;
    /** How many entries of a longer list are shown, centred on the current page. */
    static final int WINDOW = 31;

    private final Course course;
    private final Map<Page, List<Chapter>> ancestors = new IdentityHashMap<>();
    /** Where each page and chapter stands in its parent's children. */
    private final Map<CourseNode, Integer> positions = new IdentityHashMap<>();
    /**
     * By root prefix and chapter, the item of each of the chapter's entries as most pages show it:
     * not current, closed. Shared by the trees of all pages at that depth (templates only read
     * them): building ~150 items for each of thousands of pages was a large part of the page
     * model's cost. Made when a tree first needs them.
     */
    private final Map<String, Map<CourseNode, NavItem>> plainItems = new ConcurrentHashMap<>();

    Navigation(Course course) {
        this.course = course;
        index(course.root(), List.of());
    }

    static List<NavItem> tree(Course course, Page current, String rootPrefix) {
        return new Navigation(course).tree(current, rootPrefix);
    }

    /** The chapters from the root down to the one holding {@code current} (root excluded). */
    static List<Chapter> ancestors(Course course, Page current) {
        return new Navigation(course).ancestors(current);
    }

    List<NavItem> tree(Page current, String rootPrefix) {
        Set<Chapter> open = Collections.newSetFromMap(new IdentityHashMap<>());
        open.addAll(ancestors(current));
        return items(course.root(), current, open, rootPrefix);
    }

    List<Chapter> ancestors(Page current) {
        return current == null ? List.of() : ancestors.getOrDefault(current, List.of());
    }

    private void index(Chapter chapter, List<Chapter> path) {
        ancestors.put(chapter.intro(), path);
        List<CourseNode> children = chapter.children();
        for (int i = 0; i < children.size(); i++) {
            CourseNode child = children.get(i);
            positions.put(child, i);
            if (child instanceof Page page) {
                ancestors.put(page, path);
            } else if (child instanceof Chapter nested) {
                List<Chapter> nestedPath = new ArrayList<>(path);
                nestedPath.add(nested);
                index(nested, List.copyOf(nestedPath));
            }
        }
    }

    private List<NavItem> items(Chapter chapter, Page current, Set<Chapter> open, String rootPrefix) {
        List<CourseNode> children = chapter.children();
        int from = 0;
        int to = children.size();
        if (children.size() > FULL_LIST) {
            int focus = Math.max(0, focus(children, current, open));
            from = Math.max(0, Math.min(focus - WINDOW / 2, children.size() - WINDOW));
            to = from + WINDOW;
        }
        Map<CourseNode, NavItem> plain = plainItems.computeIfAbsent(
                rootPrefix + "\n" + chapter.intro().outputPath(), key -> plainItems(chapter, rootPrefix));
        List<NavItem> items = new ArrayList<>(to - from + 2);
        if (from > 0) {
            items.add(more(chapter, from, rootPrefix));
        }
        for (CourseNode child : children.subList(from, to)) {
            if (child instanceof Page page ? page != current
                    : !open.contains(child) && ((Chapter) child).intro() != current) {
                items.add(plain.get(child));
            } else if (child instanceof Page page) {
                items.add(new NavItem(page.title(), rootPrefix + page.outputPath(), page.outputPath(), true, false,
                        false, List.of(), false));
            } else if (child instanceof Chapter nested) {
                boolean isOpen = open.contains(nested);
                List<NavItem> nestedItems = isOpen ? items(nested, current, open, rootPrefix) : List.of();
                items.add(new NavItem(nested.title(), rootPrefix + nested.intro().outputPath(),
                        nested.intro().outputPath(), nested.intro() == current, true, isOpen, nestedItems, false));
            }
        }
        if (to < children.size()) {
            items.add(more(chapter, children.size() - to, rootPrefix));
        }
        return items;
    }

    private static Map<CourseNode, NavItem> plainItems(Chapter chapter, String rootPrefix) {
        Map<CourseNode, NavItem> items = new IdentityHashMap<>();
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                items.put(page, new NavItem(page.title(), rootPrefix + page.outputPath(), page.outputPath(), false,
                        false, false, List.of(), false));
            } else if (child instanceof Chapter nested) {
                items.put(nested, new NavItem(nested.title(), rootPrefix + nested.intro().outputPath(),
                        nested.intro().outputPath(), false, true, false, List.of(), false));
            }
        }
        return items;
    }

    /** The index of the current page, or of the open chapter holding it, among {@code children}; -1 if none. */
    private int focus(List<CourseNode> children, Page current, Set<Chapter> open) {
        List<CourseNode> candidates = new ArrayList<>(open);
        if (current != null) {
            candidates.add(current);
        }
        for (CourseNode candidate : candidates) {
            Integer position = positions.get(candidate);
            if (position != null && position < children.size() && children.get(position) == candidate) {
                return position;
            }
        }
        return -1;
    }

    /** A link to the chapter page, which lists every entry, standing for {@code count} entries left out. */
    private static NavItem more(Chapter chapter, int count, String rootPrefix) {
        return new NavItem("… " + count + " more in " + chapter.title(), rootPrefix + chapter.intro().outputPath(),
                chapter.intro().outputPath(), false, false, false, List.of(), true);
    }
}
