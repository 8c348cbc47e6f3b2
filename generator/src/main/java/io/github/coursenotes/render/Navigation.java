package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar tree for one page. Chapters on the way to the current page are open and list their
 * pages; the others show only their title, so a page's size does not grow with the whole course.
 */
final class Navigation {

    private Navigation() {
    }

    static List<Map<String, Object>> tree(Course course, Page current, String rootPrefix) {
        return items(course.root(), current, rootPrefix);
    }

    /** The chapters from the root down to the one holding {@code current} (root excluded). */
    static List<Chapter> ancestors(Course course, Page current) {
        List<Chapter> path = new ArrayList<>();
        find(course.root(), current, path);
        return path;
    }

    private static List<Map<String, Object>> items(Chapter chapter, Page current, String rootPrefix) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                items.add(item(page.title(), rootPrefix + page.outputPath(), page == current, false, false,
                        List.of(), page.outputPath()));
            } else if (child instanceof Chapter nested) {
                boolean open = contains(nested, current);
                List<Map<String, Object>> children = open ? items(nested, current, rootPrefix) : List.of();
                items.add(item(nested.title(), rootPrefix + nested.intro().outputPath(), nested.intro() == current,
                        true, open, children, nested.intro().outputPath()));
            }
        }
        return items;
    }

    private static boolean contains(Chapter chapter, Page page) {
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

    private static boolean find(Chapter chapter, Page page, List<Chapter> path) {
        for (CourseNode child : chapter.children()) {
            if (child instanceof Chapter nested && contains(nested, page)) {
                path.add(nested);
                find(nested, page, path);
                return true;
            }
        }
        return false;
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
