package io.github.coursenotes.incremental;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Edits of a loaded course for the incremental rebuild: pages replaced in the tree, and the pages that show a page. */
final class CourseTree {

    private CourseTree() {
    }

    /** The course with each page whose source path is a key of {@code updated} replaced by its value. */
    static Course replace(Course course, Map<String, Page> updated) {
        return course.withRoot(replace(course.root(), updated));
    }

    private static Chapter replace(Chapter chapter, Map<String, Page> updated) {
        if (updated.keySet().stream().noneMatch(source -> source.startsWith(chapter.sourcePath()))) {
            return chapter; // nothing replaced under this folder: the same value
        }
        Page intro = updated.getOrDefault(chapter.intro().sourcePath(), chapter.intro());
        List<CourseNode> children = new ArrayList<>();
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                children.add(updated.getOrDefault(page.sourcePath(), page));
            } else if (child instanceof Chapter nested) {
                children.add(replace(nested, updated));
            }
        }
        // A chapter's title, summary and order come from its intro; the caller falls back to a full
        // build when they change, so the chapter's own fields stay as loaded.
        return new Chapter(chapter.sourcePath(), chapter.title(), chapter.summary(), chapter.order(), chapter.slug(),
                intro, children);
    }

    /**
     * The source paths of the pages whose output can differ after the notes {@code reloaded} (by
     * source path) replaced their versions in {@code before}: each changed note's page, and the
     * pages showing a changed title or summary ({@link #showingTitle}).
     */
    static Set<String> changedOutput(Course course, Map<String, Page> reloaded, Function<String, Page> before) {
        Set<String> pages = new HashSet<>();
        reloaded.forEach((source, page) -> {
            Page old = before.apply(source);
            if (!page.equals(old)) {
                pages.add(source);
                if (!Objects.equals(page.title(), old.title())
                        || !Objects.equals(page.summary(), old.summary())) {
                    pages.addAll(showingTitle(course, source));
                }
            }
        });
        return pages;
    }

    /**
     * The source paths of the pages that show the title or summary of note {@code sourcePath}
     * besides its own page: the sidebar of every page of its chapter (of every page when the note
     * is at the top level), the chapter page's list, the neighbours' previous/next links, and the
     * home page (its chapter cards).
     */
    static Set<String> showingTitle(Course course, String sourcePath) {
        Set<String> showing = new HashSet<>();
        List<Page> order = course.pagesInOrder();
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).sourcePath().equals(sourcePath)) {
                showing.add(order.get(Math.max(0, i - 1)).sourcePath());
                showing.add(order.get(Math.min(order.size() - 1, i + 1)).sourcePath());
            }
        }
        showing.add(course.root().intro().sourcePath());
        Chapter parent = parentOf(course.root(), sourcePath).orElse(course.root());
        collect(parent, showing);
        return showing;
    }

    private static Optional<Chapter> parentOf(Chapter chapter, String sourcePath) {
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page && page.sourcePath().equals(sourcePath)) {
                return Optional.of(chapter);
            }
            if (child instanceof Chapter nested) {
                Optional<Chapter> found = parentOf(nested, sourcePath);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(Chapter chapter, Set<String> sources) {
        sources.add(chapter.intro().sourcePath());
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                sources.add(page.sourcePath());
            } else if (child instanceof Chapter nested) {
                collect(nested, sources);
            }
        }
    }
}
