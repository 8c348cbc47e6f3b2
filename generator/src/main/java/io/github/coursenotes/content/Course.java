package io.github.coursenotes.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded course: the tree of chapters and pages, and the assets to copy.
 *
 * @param root    the top-level chapter; its intro is the home page
 * @param folders every folder under {@code content/} by source path ending in {@code /} (e.g.
 *                {@code 01-basics/code/}), those without notes included: a link to one of those is not broken
 * @param skipped the files and folders left out of the site (a folder's path ends in {@code /}), each with
 *                why, e.g. {@code .github/} or a draft: a link into them says so
 */
public record Course(Chapter root, List<Asset> assets, Set<String> folders, Map<String, String> skipped) {

    public Course {
        assets = List.copyOf(assets);
        folders = Set.copyOf(folders);
        skipped = Map.copyOf(skipped);
    }

    /** A course without recorded folders or skipped files. */
    public Course(Chapter root, List<Asset> assets) {
        this(root, assets, Set.of(), Map.of());
    }

    /** The same course with another tree (an incremental build replaces edited pages). */
    public Course withRoot(Chapter newRoot) {
        return new Course(newRoot, assets, folders, skipped);
    }

    /** Every page in reading order: home, then each chapter's intro followed by its contents. */
    public List<Page> pagesInOrder() {
        List<Page> pages = new ArrayList<>();
        collect(root, pages);
        return pages;
    }

    /** The chapters, depth first, the root excluded. */
    public List<Chapter> chapters() {
        List<Chapter> chapters = new ArrayList<>();
        collectChapters(root, chapters);
        return chapters;
    }

    private static void collect(Chapter chapter, List<Page> pages) {
        pages.add(chapter.intro());
        for (CourseNode child : chapter.children()) {
            if (child instanceof Page page) {
                pages.add(page);
            } else if (child instanceof Chapter nested) {
                collect(nested, pages);
            }
        }
    }

    private static void collectChapters(Chapter chapter, List<Chapter> chapters) {
        for (CourseNode child : chapter.children()) {
            if (child instanceof Chapter nested) {
                chapters.add(nested);
                collectChapters(nested, chapters);
            }
        }
    }
}
