package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sidebar tree for one page. Chapters on the way to the current page are open and list their
 * pages; the others show only their title, so a page's size does not grow with the whole course.
 * Built once per course: it indexes each page's chapters, so that a page's tree costs the chapters
 * it shows rather than a walk over the whole course.
 */
final class Navigation {

    private final Course course;
    private final Map<Page, List<Chapter>> ancestors = new IdentityHashMap<>();

    Navigation(Course course) {
        this.course = course;
        index(course.root(), List.of());
    }

    static List<Map<String, Object>> tree(Course course, Page current, String rootPrefix) {
        return new Navigation(course).tree(current, rootPrefix);
    }

    /** The chapters from the root down to the one holding {@code current} (root excluded). */
    static List<Chapter> ancestors(Course course, Page current) {
        return new Navigation(course).ancestors(current);
    }

    List<Map<String, Object>> tree(Page current, String rootPrefix) {
        Set<Chapter> open = Collections.newSetFromMap(new IdentityHashMap<>());
        open.addAll(ancestors(current));
        return items(course.root(), current, open, rootPrefix);
    }

    List<Chapter> ancestors(Page current) {
        return current == null ? List.of() : ancestors.getOrDefault(current, List.of());
    }

    private void index(Chapter chapter, List<Chapter> path) {
        ancestors.put(chapter.intro(), path);
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                ancestors.put(page, path);
            } else if (child instanceof Chapter nested) {
                List<Chapter> nestedPath = new ArrayList<>(path);
                nestedPath.add(nested);
                index(nested, List.copyOf(nestedPath));
            }
        }
    }

    private static List<Map<String, Object>> items(Chapter chapter, Page current, Set<Chapter> open,
                                                   String rootPrefix) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                items.add(item(page.title(), rootPrefix + page.outputPath(), page == current, false, false,
                        List.of(), page.outputPath()));
            } else if (child instanceof Chapter nested) {
                boolean isOpen = open.contains(nested);
                List<Map<String, Object>> children = isOpen ? items(nested, current, open, rootPrefix) : List.of();
                items.add(item(nested.title(), rootPrefix + nested.intro().outputPath(), nested.intro() == current,
                        true, isOpen, children, nested.intro().outputPath()));
            }
        }
        return items;
    }

    private static Map<String, Object> item(String title, String href, boolean current, boolean chapter, boolean open,
                                            List<Map<String, Object>> children, String path) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("title", title);
        item.put("href", href);
        item.put("path", path);
        item.put("current", current);
        item.put("chapter", chapter);
        item.put("open", open);
        item.put("children", children);
        return item;
    }
}
