package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.markdown.OutlineEntry;
import io.github.coursenotes.markdown.ParsedPage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the data a template receives (documented in README.md): {@code site}, {@code page},
 * {@code nav}, {@code breadcrumbs}, {@code prev}, {@code next}, {@code chapter} and {@code chapters}.
 */
final class PageModel {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Course course;
    private final SiteSettings settings;
    private final LastUpdated lastUpdated;
    private final List<Page> readingOrder;
    private final Map<Page, Integer> positions = new IdentityHashMap<>();
    private final Navigation navigation;
    /** The {@code chapters} list by root prefix: it lists every page, so building it per page would be quadratic. */
    private final Map<String, List<Map<String, Object>>> chaptersByRoot = new ConcurrentHashMap<>();

    PageModel(Course course, SiteSettings settings) {
        this(course, settings, LastUpdated.none());
    }

    PageModel(Course course, SiteSettings settings, LastUpdated lastUpdated) {
        this.course = course;
        this.settings = settings;
        this.lastUpdated = lastUpdated;
        this.readingOrder = course.pagesInOrder();
        this.navigation = new Navigation(course);
        for (int i = 0; i < readingOrder.size(); i++) {
            positions.put(readingOrder.get(i), i);
        }
    }

    /** The model of a generated page that is not a note (404, practice, search). */
    Map<String, Object> forSpecial(String outputPath, String title, String rootPrefix) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site(rootPrefix, outputPath));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        page.put("path", outputPath);
        page.put("kind", "special");
        model.put("page", page);
        model.put("nav", navigation.tree(null, rootPrefix));
        model.put("breadcrumbs", List.of());
        return model;
    }

    /** Marks a special page's model as one that may show formulas: it links {@code math.css}. */
    @SuppressWarnings("unchecked")
    static void showsFormulas(Map<String, Object> model) {
        ((Map<String, Object>) model.get("page")).put("math", true);
    }

    Map<String, Object> forPage(ParsedPage parsed, String contentHtml, int cardCount) {
        Page page = parsed.page();
        String root = "../".repeat(page.depth());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", site(root, page.outputPath()));
        model.put("page", page(parsed, contentHtml, cardCount));
        model.put("nav", navigation.tree(page, root));
        model.put("breadcrumbs", breadcrumbs(page, root));
        int index = positions.getOrDefault(page, -1);
        if (index > 0) {
            model.put("prev", link(readingOrder.get(index - 1), root));
        }
        if (index >= 0 && index < readingOrder.size() - 1) {
            model.put("next", link(readingOrder.get(index + 1), root));
        }
        chapterOf(page).ifPresent(chapter -> model.put("chapter", chapterModel(chapter, root)));
        model.put("chapters", chaptersByRoot.computeIfAbsent(root, this::chapters));
        return model;
    }

    private List<Map<String, Object>> chapters(String root) {
        return course.root().children().stream()
                .filter(child -> child instanceof Chapter)
                .map(child -> chapterModel((Chapter) child, root)).toList();
    }

    private Map<String, Object> site(String root, String outputPath) {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", settings.title());
        site.put("description", settings.description() == null ? "" : settings.description());
        site.put("root", root);
        site.put("home", root + "index.html");
        // the Content-Security-Policy lets https: images in only when the build is told to (externalImages)
        site.put("externalImages", settings.externalImages());
        if (settings.siteUrl() != null) {
            site.put("url", settings.siteUrl());
            site.put("canonical", settings.siteUrl() + (outputPath.equals("index.html") ? "" : outputPath));
        }
        return site;
    }

    private Map<String, Object> page(ParsedPage parsed, String contentHtml, int cardCount) {
        Page page = parsed.page();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", page.title());
        if (!parsed.titleAnchor().isEmpty()) {
            model.put("anchor", parsed.titleAnchor());
        }
        model.put("summary", page.summary() == null ? "" : page.summary());
        model.put("content", contentHtml);
        // the page links math.css only when it shows a formula
        model.put("math", contentHtml.contains("<math"));
        model.put("path", page.outputPath());
        model.put("source", page.sourcePath());
        model.put("kind", page.kind().name().toLowerCase(Locale.ROOT));
        model.put("cardCount", cardCount);
        List<Map<String, Object>> toc = new ArrayList<>();
        for (OutlineEntry entry : parsed.outline()) {
            toc.add(Map.of("level", entry.level(), "text", entry.text(), "anchor", entry.anchor()));
        }
        model.put("toc", toc);
        if (settings.editUrl() != null && page.sourcePath().endsWith(".md")) {
            model.put("editUrl", settings.editUrl() + page.sourcePath());
        }
        lastUpdated.of(page.sourcePath()).ifPresent(date -> {
            model.put("lastUpdated", date.toString());
            model.put("lastUpdatedText", DAY.format(date));
        });
        return model;
    }

    private List<Map<String, Object>> breadcrumbs(Page page, String root) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        if (page.kind() == Page.Kind.HOME) {
            return crumbs;
        }
        crumbs.add(Map.of("title", settings.title(), "href", root + "index.html"));
        for (Chapter chapter : navigation.ancestors(page)) {
            if (chapter.intro() != page) {
                crumbs.add(Map.of("title", chapter.title(), "href", root + chapter.intro().outputPath()));
            }
        }
        return crumbs;
    }

    private Optional<Chapter> chapterOf(Page page) {
        if (page.kind() == Page.Kind.CHAPTER) {
            List<Chapter> path = navigation.ancestors(page);
            return path.isEmpty() ? Optional.empty() : Optional.of(path.get(path.size() - 1));
        }
        return Optional.empty();
    }

    private Map<String, Object> chapterModel(Chapter chapter, String root) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", chapter.title());
        model.put("summary", chapter.summary() == null ? "" : chapter.summary());
        model.put("href", root + chapter.intro().outputPath());
        model.put("path", chapter.intro().outputPath());
        List<Map<String, Object>> entries = new ArrayList<>();
        for (CourseNode child : chapter.children()) {
            Page target = child instanceof Page page ? page : ((Chapter) child).intro();
            Map<String, Object> entry = new LinkedHashMap<>(link(target, root));
            entry.put("summary", target.summary() == null ? "" : target.summary());
            entry.put("chapter", child instanceof Chapter);
            entries.add(entry);
        }
        model.put("entries", entries);
        model.put("noteCount", noteCount(chapter));
        model.put("sectionCount", chapter.children().stream().filter(Chapter.class::isInstance).count());
        return model;
    }

    /** The notes of a chapter and of the chapters inside it; chapter pages are not notes. */
    private static long noteCount(Chapter chapter) {
        long notes = 0;
        for (CourseNode child : chapter.children()) {
            notes += child instanceof Chapter nested ? noteCount(nested) : 1;
        }
        return notes;
    }

    private static Map<String, Object> link(Page page, String root) {
        return Map.of("title", page.title(), "href", root + page.outputPath(), "path", page.outputPath());
    }
}
