package io.github.coursenotes.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The loaded course: the tree of chapters and pages, and the assets to copy.
 *
 * @param root the top-level chapter; its intro is the home page
 */
public record Course(Chapter root, List<Asset> assets) {

    public Course {
        assets = List.copyOf(assets);
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
